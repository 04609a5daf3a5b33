import { describe, expect, it } from "vitest";
import { bugOfReport } from "./bugOfReport.ts";

describe("bugOfReport", () => {
  it("takes the bug given with the import: a number or an address", () => {
    expect(bugOfReport("## Full Incident Report", "https://bugzilla.mozilla.org/show_bug.cgi?id=1234567")).toBe(1234567);
    expect(bugOfReport("## Full Incident Report", "bug 1234567")).toBe(1234567);
  });

  it("reads the bug from the text above the report, as copied from Bugzilla", () => {
    expect(bugOfReport("Bug 1234567 - Example CA: Bad encoding\n\n## Preliminary Incident Report\n")).toBe(1234567);
    expect(bugOfReport("https://bugzilla.mozilla.org/show_bug.cgi?id=1900129\n## Full Incident Report")).toBe(1900129);
  });

  it("never reads bugs cited inside the report", () => {
    expect(bugOfReport("## Full Incident Report\n\nSee bug 1234567.\n1900129")).toBeNull();
    expect(bugOfReport("We found bug 6 months ago\n## Full Incident Report", "")).toBeNull();
  });
});
