import { describe, expect, it } from "vitest";
import { describeProblem, fieldTitle } from "./fieldTitle.ts";
import { checkReadiness } from "./readiness.ts";
import { emptyDraft } from "./newDraft.ts";
import { readyDraft } from "./readyDraft.ts";
import { textFields } from "../quality/text/textFields.ts";

const JSON_PATH = /\w\[\d+\]|\w\.\w/;

describe("fieldTitle", () => {
  it("names a field of a list item as the report does, counting from 1", () => {
    expect(fieldTitle("actionItems[2].evaluationCriteria")).toBe("Action Item #3 \u203a Evaluation Criteria");
    expect(fieldTitle("timeline[0].at")).toBe("Timeline entry 1 \u203a Date and time");
    expect(fieldTitle("rootCauses[1]")).toBe("Contributing Factor #2");
    expect(fieldTitle("lessons.didNotGoWell[1].text")).toBe("What didn\u2019t go well #2");
  });
  it("names single fields by their template label, and lists by their section", () => {
    expect(fieldTitle("summary.ccadbId")).toBe("CA Owner CCADB unique ID");
    expect(fieldTitle("caOwner")).toBe("CA Owner");
    expect(fieldTitle("actionItems")).toBe("Action Items");
    expect(fieldTitle("")).toBe("The report");
  });
  it("never shows a JSON path for any problem or text field of a full or empty draft", () => {
    const draft = readyDraft("full", "ca-owner");
    const paths = [
      ...checkReadiness(emptyDraft("full")).map((p) => p.path),
      ...checkReadiness({ ...emptyDraft("full"), timeline: [{ id: "t1", at: "x", event: "" }] }).map((p) => p.path),
      ...textFields(draft).map((f) => f.path),
      "summary.nonComplianceEndExpected",
      "appendix.certificates[4].serial",
      "unplaced[0]",
    ];
    for (const path of paths) expect(fieldTitle(path), path).not.toMatch(JSON_PATH);
  });
  it("describes a problem by the field's name, not its path", () => {
    expect(describeProblem({ path: "timeline[3].at", message: "expected text" })).toBe("Timeline entry 4 \u203a Date and time: expected text");
    expect(describeProblem({ path: "", message: "not JSON" })).toBe("not JSON");
  });
});
