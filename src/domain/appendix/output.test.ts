import { describe, expect, it } from "vitest";
import type { CertificateRow } from "../draft/schema.ts";
import { parseCsv } from "../../test/csv.ts";
import { typesOf, typesSentence } from "./certificateTypes.ts";
import { CSV_COLUMNS, formulaCells, toCsv } from "./csv.ts";
import { describeFormulaCell } from "./spreadsheetSafety.ts";
import { toCrtShList } from "./crtsh.ts";
import { suggestImpact } from "./impact.ts";
import { escapeValue } from "./name.ts";
import { REASON_CODE_NAMES } from "./reasonCodes.ts";
import { deriveRevocation, setRevocation } from "./revocation.ts";
import { formatCount } from "../text/formatCount.ts";
import { appendixSummary } from "./summary.ts";

const NOW = Date.UTC(2026, 5, 1);
const hash = (c: string) => c.repeat(64);

function row(overrides: Partial<CertificateRow> = {}): CertificateRow {
  return {
    precertificateSha256: "",
    certificateSha256: hash("a"),
    subject: "CN=a.example",
    issuer: "CN=CA,O=Example",
    notBefore: "2026-01-01T00:00:00Z",
    notAfter: "2027-01-01T00:00:00Z",
    serial: "01",
    dnsNames: ["a.example"],
    revoked: "Planned",
    revocationDate: "N/A",
    revocationReason: "",
    ...overrides,
  } satisfies CertificateRow;
}

describe("CSV", () => {
  it("quotes per RFC 4180, ends lines in CRLF and withholds S/MIME personal data", () => {
    const rows = [row({ subject: 'CN=Comma\\, "Q"', dnsNames: ["a.example", "b.example"] })];
    const csv = toCsv(rows);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[1]).toContain('"CN=Comma\\, ""Q"""');
    const [header, line] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(line[2]).toBe('CN=Comma\\, "Q"');
    expect(line[7]).toBe("a.example b.example");
    const [, smime] = parseCsv(toCsv(rows, { smime: true }));
    expect([smime[1], smime[2], smime[6], smime[7]]).toEqual([hash("a"), "", "01", ""]);
  });

  it("finds every cell a spreadsheet would run, and prefixes it in the spreadsheet-safe copy only", () => {
    const rows = [
      row(),
      row({ subject: "=cmd|' /C calc'!A0", dnsNames: ["+a.example", "b.example"] }),
      row({ issuer: "@SUM(1)", revocationDate: "-1", revocationReason: "\tx" }),
    ];
    const cells = formulaCells(rows);
    expect(cells.map(({ row, column }) => [row, column])).toEqual([
      [2, "Subject"],
      [2, "dNSNames"],
      [3, "Issuer"],
      [3, "Revocation date"],
      [3, "Revocation reason"],
    ]);
    expect(describeFormulaCell(cells[0])).toBe('row 2 (CSV line 3), column "Subject" starts with "=": a spreadsheet may run it as a formula');
    expect(describeFormulaCell(cells[4])).toContain("starts with a tab");
    const exact = parseCsv(toCsv(rows));
    expect(exact[2][2]).toBe("=cmd|' /C calc'!A0");
    const safe = parseCsv(toCsv(rows, { spreadsheetSafe: true }));
    expect(safe[0]).toEqual([...CSV_COLUMNS]);
    expect(safe[1]).toEqual(exact[1]);
    expect([safe[2][2], safe[2][7], safe[3][3], safe[3][9], safe[3][10]]).toEqual(["'=cmd|' /C calc'!A0", "'+a.example b.example", "'@SUM(1)", "'-1", "'\tx"]);
    expect(formulaCells(rows, { smime: true }).map((c) => c.column)).not.toContain("Subject");
  });

  it("lists crt.sh links, falling back to the precertificate hash", () => {
    expect(toCrtShList([row(), row({ certificateSha256: "", precertificateSha256: hash("b") })])).toBe(
      `https://crt.sh/?sha256=${hash("a")}\nhttps://crt.sh/?sha256=${hash("b")}\n`,
    );
  });
});

describe("names", () => {
  it("escapes RFC 4514 specials and control characters", () => {
    expect(escapeValue(' #a,b+c;d<e>f"g\\h ')).toBe('\\ #a\\,b\\+c\\;d\\<e\\>f\\"g\\\\h\\ ');
    expect(escapeValue("#x")).toBe("\\#x");
    expect(escapeValue("a\nb\u0000")).toBe("a\\0Ab\\00");
  });
});

describe("revocation", () => {
  const aware = Date.UTC(2026, 4, 1, 12);
  it("plans pending rows for the deadline, then calls them Delayed", () => {
    expect(deriveRevocation(row(), { now: aware + 3600_000, awareAtMs: aware, deadline: "5d" })).toEqual({
      revoked: "Planned",
      revocationDate: "2026-05-06",
      revocationReason: "",
    });
    expect(deriveRevocation(row(), { now: aware + 25 * 3600_000, awareAtMs: aware, deadline: "24h" }).revoked).toBe("Delayed");
    expect(deriveRevocation(row(), { now: NOW, awareAtMs: null, deadline: null })).toEqual({ revoked: "Planned", revocationDate: "N/A", revocationReason: "" });
  });
  it("calls expired rows N/A and keeps a revocation set by hand", () => {
    expect(deriveRevocation(row({ notAfter: "2026-02-01T00:00:00Z" }), { now: NOW, awareAtMs: null, deadline: null }).revoked).toBe("N/A");
    const manual = row({ revoked: "Yes", revocationDate: "2026-05-02", revocationReason: "superseded" });
    expect(deriveRevocation(manual, { now: NOW, awareAtMs: aware, deadline: "24h" })).toEqual({
      revoked: "Yes",
      revocationDate: "2026-05-02",
      revocationReason: "superseded",
    });
  });
  it("sets fields on selected rows or all", () => {
    const rows = [row(), row({ serial: "02" }), row({ serial: "03" })];
    const fields = { revoked: "Yes", revocationDate: "2026-05-02", revocationReason: "keyCompromise" } as const;
    expect(setRevocation(rows, new Set([1]), fields).map((r) => r.revoked)).toEqual(["Planned", "Yes", "Planned"]);
    expect(setRevocation(rows, null, fields).every((r) => r.revocationReason === "keyCompromise")).toBe(true);
  });
  it("names all RFC 5280 reason codes", () => {
    expect(Object.values(REASON_CODE_NAMES)).toEqual([
      "unspecified", "keyCompromise", "cACompromise", "affiliationChanged", "superseded",
      "cessationOfOperation", "certificateHold", "removeFromCRL", "privilegeWithdrawn", "aACompromise",
    ]);
  });
});

describe("impact and summary", () => {
  it("types certificates from policy OIDs and writes the sentence", () => {
    expect(typesOf(["2.23.140.1.2.2", "1.2.3", "2.23.140.1.2.1"])).toEqual(["DV", "OV"]);
    expect(typesOf(["2.23.140.1.5.3.1"])).toEqual(["S/MIME Sponsor-validated"]);
    expect(typesSentence(["OV", "DV"], 0)).toBe("This incident affects DV and OV certificates.");
    expect(typesSentence(["DV", "OV", "EV"], 0)).toBe("This incident affects DV, OV and EV certificates.");
    expect(typesSentence(["EV"], 2)).toBe("This incident affects EV certificates and 2 certificates without a CA/Browser Forum policy OID.");
    expect(typesSentence([], 0)).toBe("");
  });

  it("counts remaining valid certificates and first/last notBefore", () => {
    const rows = [
      row({ notBefore: "2026-02-01T00:00:00Z" }),
      row({ certificateSha256: hash("b"), notBefore: "2025-12-01T10:00:00Z", revoked: "Yes", revocationDate: "2026-05-01" }),
      row({ certificateSha256: hash("c"), notBefore: "2025-01-01T00:00:00Z", notAfter: "2026-01-01T00:00:00Z", revoked: "N/A" }),
      row({ certificateSha256: hash("d"), notBefore: "2026-03-01T00:00:00Z", revoked: "Delayed" }),
    ];
    const types = new Map([[hash("a"), ["DV" as const]], [hash("b"), ["OV" as const]], [hash("c"), []]]);
    const impact = suggestImpact(rows, types, NOW);
    expect(impact).toEqual({
      totalCertificates: 4,
      remainingValidCertificates: 2,
      affectedCertificateTypes: "This incident affects DV and OV certificates and one certificate without a CA/Browser Forum policy OID.",
      firstNotBefore: "2025-01-01T00:00:00Z",
      lastNotBefore: "2026-03-01T00:00:00Z",
      rowsWithoutTypes: 1,
    });
    const md = appendixSummary(rows, impact, "tls");
    expect(md).toContain("**Affected certificates:** 4 (2 remaining valid");
    expect(md).toContain("- First notBefore: 2025-01-01 00:00 UTC");
    expect(md).toContain("- Is revoked?: 1 Yes, 1 Planned, 1 Delayed, 1 N/A (expired)");
    expect(md).toContain("`affected-certificates.csv`");
    expect(md.split("\n").length).toBeLessThan(12);
    expect(appendixSummary(rows, impact, "smime")).toContain("withheld");
    expect(formatCount(1234567)).toBe("1,234,567");
  });

  it("formats counts as en-US toLocaleString does, without loading ICU for whole numbers", () => {
    for (const n of [0, 7, 999, 1000, 12345, 123456, 1234567, -1234, 2 ** 53 - 1, 64.1, 0.5, -0, 1e21]) {
      expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
    }
  });
});
