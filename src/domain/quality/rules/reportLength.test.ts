import { describe, expect, it } from "vitest";
import { draftOf } from "../testDrafts.ts";
import { reportLength } from "./reportLength.ts";

describe("reportLength", () => {
  it("accepts exactly 65,535 characters", () => {
    expect(reportLength(draftOf("full"), { now: 0, renderedLength: 65_535 })).toEqual([]);
  });

  it("warns from 65,536 characters, for any kind", () => {
    expect(reportLength(draftOf("preliminary"), { now: 0, renderedLength: 65_536 })).toEqual([
      {
        rule: "report-length",
        path: "",
        message:
          "The report is 65,536 characters long; Bugzilla refuses comments over 65,535. Attach the certificate list and long logs as files and keep the report itself shorter.",
        guideline:
          "“A comment (and a bug description) is at most 65,535 characters, counted after trailing whitespace is stripped and CRLF becomes LF.” (bugzilla.mozilla.org limits, shared/spec/bugzilla-markdown.md)",
      },
    ]);
  });
});
