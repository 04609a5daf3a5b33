import { describe, expect, it } from "vitest";
import { certificate, draftOf } from "../testDrafts.ts";
import { appendixShort } from "./appendixShort.ts";

const withRows = (rows: number, total: number | null, remaining: number | null) =>
  draftOf("full", {
    impact: { ...draftOf("full").impact, totalCertificates: total, remainingValidCertificates: remaining },
    appendix: { text: "", certificates: Array.from({ length: rows }, () => certificate()) },
  });

describe("appendix-short", () => {
  it("flags a list shorter than the remaining valid certificates as a MUST", () => {
    const [warning] = appendixShort(withRows(40, 1190, 1160));
    expect(warning.path).toBe("appendix.certificates");
    expect(warning.message).toContain("The Appendix lists 40 certificates, Impact says 1,190 were affected and 1,160 remain valid");
  });

  it("asks where the others are when only revoked or expired ones are missing", () => {
    expect(appendixShort(withRows(40, 100, 30))[0].message).toMatch(/^The Appendix lists 40 certificates, Impact says 100 were affected: say in the Appendix where the others are/);
  });

  it("says nothing of a full list, of no list, of a list whose whole is attached, or of no total", () => {
    const attached = withRows(3, 1238, 41);
    attached.appendix.text = "The full list of the 1,238 affected certificates is attached as `affected.csv`.";
    expect(appendixShort(attached)).toEqual([]);
    expect(appendixShort(withRows(100, 100, 30))).toEqual([]);
    expect(appendixShort(withRows(0, 100, 30))).toEqual([]);
    expect(appendixShort(withRows(3, null, null))).toEqual([]);
  });
});
