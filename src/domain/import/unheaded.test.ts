import { describe, expect, it } from "vitest";
import { toLines } from "./lines.ts";
import { withReportHeading } from "./unheaded.ts";

const texts = (lines: ReturnType<typeof withReportHeading>) => lines?.map((l) => [l.text, l.supplied === true]);

describe("a report written without its heading", () => {
  it("gets a Preliminary heading and its Summary above the first label, when only Summary fields are there", () => {
    expect(texts(withReportHeading(toLines("Hello,\n\nIncident description: x\nSource of incident disclosure: Audit")))).toEqual([
      ["Hello,", false],
      ["", false],
      ["Preliminary Incident Report", true],
      ["Summary", true],
      ["Incident description: x", false],
      ["Source of incident disclosure: Audit", false],
    ]);
  });

  it("gets a Full heading (as Markdown, in Markdown) when other sections are there", () => {
    expect(texts(withReportHeading(toLines("### Summary\n- **Incident description:** x\n### Impact\n- **Total number of certificates:** 3")))?.slice(0, 2)).toEqual([
      ["## Full Incident Report", true],
      ["### Summary", false],
    ]);
  });

  it("is not found in text with a single label-like line", () => {
    expect(withReportHeading(toLines("Summary: we looked into it and found nothing."))).toBeNull();
  });
});
