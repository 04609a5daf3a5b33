import { describe, expect, it } from "vitest";
import type { Draft } from "../../draft/schema.ts";
import { draftOf } from "../testDrafts.ts";
import type { QualityContext } from "../types.ts";
import { impactCorrection, impactCorrectionBlock } from "./impactCorrection.ts";

const postedAt = Date.parse("2025-09-18T18:20Z");
const context = (totalCertificates: number | null): QualityContext => ({ now: Date.parse("2025-09-25T00:00Z"), renderedLength: 0, posted: { totalCertificates, postedAt } });

function full(total: number, additionalConsiderations = ""): Draft {
  const d = draftOf("full");
  return { ...d, impact: { ...d.impact, totalCertificates: total, additionalConsiderations } };
}

describe("impact-correction", () => {
  it("flags a total that differs from the posted report's, with the correction block prefilled", () => {
    const [w] = impactCorrection(full(1_301), context(1_238));
    expect(w.path).toBe("impact.additionalConsiderations");
    expect(w.message).toContain("Total number of certificates is now 1,301; the report posted on 2025-09-18 said 1,238.");
    expect(w.message).toContain(impactCorrectionBlock({ totalCertificates: 1_238, postedAt }, 1_301));
    expect(w.suggestion).toBe(
      "Correction: the total number of certificates is 1,301, not 1,238 as reported on 2025-09-18. When each change was detected: … What led to the inaccuracy: … How this will be avoided in the future: …",
    );
    expect(w.guideline).toContain("MUST clearly communicate a correction");
  });

  it("leaves a changed total with its correction alone, however it is worded", () => {
    const written =
      "We corrected the total on 2025-09-22: a second scan found 63 more certificates issued from a backup CA the first query missed. Our scans now include every issuing CA, so this will not recur.";
    expect(impactCorrection(full(1_301, written), context(1_238))).toEqual([]);
  });

  it("says nothing when the total is unchanged or nothing was posted", () => {
    expect(impactCorrection(full(1_238), context(1_238))).toEqual([]);
    expect(impactCorrection(full(1_301), { now: 0, renderedLength: 0 })).toEqual([]);
    expect(impactCorrection(full(1_301), context(null))).toEqual([]);
  });
});
