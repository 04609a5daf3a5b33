import { describe, expect, it } from "vitest";
import { importReport } from "./importReport.ts";

describe("why a part was set aside", () => {
  it("quotes at most 80 characters of the report's own words", () => {
    const label = "L".repeat(5000);
    const result = importReport(`## Full Incident Report\n\n### Summary\n\n- **${label}:** some text\n`);
    if ("notAReport" in result) throw new Error(result.reason);
    const reasons = result.unmapped.map((part) => part.reason);
    expect(reasons).toContainEqual(expect.stringMatching(/^"L{80}…" is not a field of /));
    for (const reason of reasons) expect(reason.length).toBeLessThan(200);
  });
});
