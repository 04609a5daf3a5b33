/** Cells of the Appendix CSV a spreadsheet would run as a formula: where they are, and what the two downloads do with them. */
import type { FormulaCell } from "../domain/appendix/spreadsheetSafety.ts";
import { describeFormulaCell } from "../domain/appendix/spreadsheetSafety.ts";
import { formatCount } from "../domain/text/formatCount.ts";

/** Enough to find them; the count says how many more. */
const LISTED = 20;

export function FormulaCellsNote({ cells }: { cells: readonly FormulaCell[] }) {
  if (cells.length === 0) return null;
  const rest = cells.length - LISTED;
  return (
    <div role="alert" className="space-y-1 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
      <p className="font-semibold">
        {cells.length === 1 ? "1 cell" : `${formatCount(cells.length)} cells`} of the CSV would run as a formula if opened in a spreadsheet.
      </p>
      <p>
        The CSV keeps them exact (it is evidence, read by scripts). To open it in a spreadsheet, use “Download spreadsheet-safe CSV”, which puts
        {" ' "}before each of them and leaves everything else as it is.
      </p>
      <ul className="list-disc pl-5">
        {cells.slice(0, LISTED).map((cell) => (
          <li key={`${cell.row}-${cell.column}`}>{describeFormulaCell(cell)}</li>
        ))}
      </ul>
      {rest > 0 && <p>and {formatCount(rest)} more.</p>}
    </div>
  );
}
