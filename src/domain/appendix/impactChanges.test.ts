import { describe, expect, it } from "vitest";
import { emptyDraft } from "../draft/newDraft.ts";
import type { ImpactSuggestion } from "./impact.ts";
import { applyImpactChanges, fillsOnly, impactChanges } from "./impactChanges.ts";

const suggestion: ImpactSuggestion = {
  totalCertificates: 10,
  remainingValidCertificates: 8,
  affectedCertificateTypes: "This incident affects OV certificates.",
  firstNotBefore: "",
  lastNotBefore: "",
  rowsWithoutTypes: 0,
};

describe("Apply to Impact", () => {
  it("fills empty fields without asking", () => {
    const impact = emptyDraft().impact;
    const changes = impactChanges(impact, suggestion);
    expect(changes.map((c) => c.state)).toEqual(["fill", "fill", "fill"]);
    const next = applyImpactChanges(impact, suggestion, fillsOnly(changes));
    expect([next.totalCertificates, next.remainingValidCertificates, next.affectedCertificateTypes]).toEqual([10, 8, "This incident affects OV certificates."]);
  });

  it("asks before replacing typed values, and leaves them when not chosen", () => {
    const impact = { ...emptyDraft().impact, totalCertificates: 1234, remainingValidCertificates: 8, affectedCertificateTypes: "OV certificates issued from ICA 3" };
    const changes = impactChanges(impact, suggestion);
    expect(changes.map((c) => [c.state, c.current, c.suggested])).toEqual([
      ["replace", "1234", "10"],
      ["same", "8", "8"],
      ["replace", "OV certificates issued from ICA 3", "This incident affects OV certificates."],
    ]);
    expect(fillsOnly(changes)).toEqual([]);
    expect(applyImpactChanges(impact, suggestion, fillsOnly(changes))).toEqual(impact);
    expect(applyImpactChanges(impact, suggestion, ["totalCertificates"]).totalCertificates).toBe(10);
  });

  it("never blanks a field when types are unknown (rows from a saved draft) or the list is empty", () => {
    const impact = { ...emptyDraft().impact, affectedCertificateTypes: "This incident affects OV certificates." };
    const afterReload = { ...suggestion, affectedCertificateTypes: "", rowsWithoutTypes: 10 };
    const types = impactChanges(impact, afterReload)[2];
    expect(types.state).toBe("unknown");
    expect(types.reason).toMatch(/10 rows were not read/);
    expect(applyImpactChanges(impact, afterReload, ["affectedCertificateTypes"]).affectedCertificateTypes).toBe("This incident affects OV certificates.");
    const none = { ...suggestion, totalCertificates: 0, remainingValidCertificates: 0, affectedCertificateTypes: "" };
    expect(impactChanges(impact, none).every((c) => c.state === "unknown")).toBe(true);
  });

  it("shows an as-written count as the current value and replaces it only when chosen", () => {
    const impact = { ...emptyDraft().impact, asWritten: { totalCertificates: "150 certificates referenced by 68 problem reports" } };
    const [total] = impactChanges(impact, suggestion);
    expect(total).toMatchObject({ state: "replace", current: "150 certificates referenced by 68 problem reports" });
    expect(applyImpactChanges(impact, suggestion, [])).toEqual(impact);
    const replaced = applyImpactChanges(impact, suggestion, ["totalCertificates"]);
    expect(replaced.totalCertificates).toBe(10);
    expect(replaced.asWritten).toBeUndefined();
  });
});
