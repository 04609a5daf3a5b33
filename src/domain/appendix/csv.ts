/**
 * The Appendix CSV (RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote or line break; UTF-8). The guidelines' eleven columns come
 * first and in their order; extra columns may only follow them.
 */
import type { CertificateRow } from "../draft/schema.ts";
import { escapeControls } from "../text/controls.ts";
import { isFormulaLeading, spreadsheetSafeCell, type FormulaCell } from "./spreadsheetSafety.ts";

export const CSV_COLUMNS = [
  "Precertificate SHA-256 hash",
  "Certificate SHA-256 hash",
  "Subject",
  "Issuer",
  "Not before",
  "Not after",
  "Serial #",
  "dNSNames",
  "Is revoked?",
  "Revocation date",
  "Revocation reason",
] as const;

/** Shown instead of subjects and names when S/MIME personal data must not be disclosed. */
export const WITHHELD = "";

export type CsvOptions = {
  /** Withhold Subject and dNSNames (S/MIME: personal data); serial and hashes stay, as the guidelines require. */
  smime?: boolean;
  /** Prefix each data cell a spreadsheet would run as a formula with `'` (`spreadsheetSafety.ts`); the header stays exact. */
  spreadsheetSafe?: boolean;
};

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** dNSNames are joined with a space: it cannot occur inside a DNS name. */
export function joinDnsNames(names: readonly string[]): string {
  return names.join(" ");
}

/** A row's cells, in `CSV_COLUMNS` order, before CSV quoting. */
export function csvCells(row: CertificateRow, smime: boolean): string[] {
  return [
    row.precertificateSha256,
    row.certificateSha256,
    // Escaped again here for rows that came from a draft file rather than from our reader.
    smime ? WITHHELD : escapeControls(row.subject),
    escapeControls(row.issuer),
    row.notBefore,
    row.notAfter,
    row.serial,
    smime ? WITHHELD : escapeControls(joinDnsNames(row.dnsNames)),
    row.revoked,
    row.revocationDate,
    row.revocationReason,
  ];
}

/** Every data cell of the CSV a spreadsheet would run as a formula, row by row. */
export function formulaCells(rows: readonly CertificateRow[], options: CsvOptions = {}): FormulaCell[] {
  const found: FormulaCell[] = [];
  rows.forEach((row, i) => {
    csvCells(row, options.smime === true).forEach((value, c) => {
      if (isFormulaLeading(value)) found.push({ row: i + 1, column: CSV_COLUMNS[c], value });
    });
  });
  return found;
}

/** Rows per piece of `csvPieces`: big enough for few writes, small enough that no 100 MB string is built. */
const ROWS_PER_PIECE = 1000;

/** The CSV, header included, each line ending in CRLF, in pieces of whole lines to write out as they are made. */
export function* csvPieces(rows: readonly CertificateRow[], options: CsvOptions = {}): Generator<string> {
  yield CSV_COLUMNS.map(csvField).join(",") + "\r\n";
  const smime = options.smime === true;
  const cell = options.spreadsheetSafe === true ? (value: string) => csvField(spreadsheetSafeCell(value)) : csvField;
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) {
    const lines = rows.slice(i, i + ROWS_PER_PIECE).map((row) => csvCells(row, smime).map(cell).join(","));
    yield lines.join("\r\n") + "\r\n";
  }
}

/** The whole CSV as one string. */
export function toCsv(rows: readonly CertificateRow[], options: CsvOptions = {}): string {
  return [...csvPieces(rows, options)].join("");
}
