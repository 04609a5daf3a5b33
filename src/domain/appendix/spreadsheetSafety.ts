/**
 * Cells a spreadsheet would run as a formula (CSV injection, OWASP): a value
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return. Certificates in
 * an incident are mis-issued by definition, so a dNSName or subject such as
 * `=cmd|' /C calc'!A0` is a real value: the CSV keeps it exact (it is evidence,
 * read by scripts), the user is warned, and a spreadsheet-safe copy prefixes
 * such cells with `'`, which spreadsheets read as "text" and do not show.
 */
import type { CSV_COLUMNS } from "./csv.ts";

const FORMULA_LEAD = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would read the cell as a formula. */
export function isFormulaLeading(value: string): boolean {
  return FORMULA_LEAD.test(value);
}

/** The cell as a spreadsheet shows it without running it. */
export function spreadsheetSafeCell(value: string): string {
  return isFormulaLeading(value) ? `'${value}` : value;
}

export type FormulaCell = {
  /** The data row, from 1 (the CSV's line `row + 1`: the header is line 1). */
  row: number;
  column: (typeof CSV_COLUMNS)[number];
  value: string;
};

/** One line for a warning: where the cell is, and what it starts with. */
export function describeFormulaCell(cell: FormulaCell): string {
  const lead = cell.value[0] === "\t" ? "a tab" : cell.value[0] === "\r" ? "a carriage return" : `"${cell.value[0]}"`;
  return `row ${cell.row} (CSV line ${cell.row + 1}), column "${cell.column}" starts with ${lead}: a spreadsheet may run it as a formula`;
}
