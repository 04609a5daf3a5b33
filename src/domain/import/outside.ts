/**
 * The last stage: keep whatever lies outside the report that was read (text
 * before it, the other reports of the paste, the page's comment headers, text
 * after it), and the words written after the report's heading.
 */
import { bugFromAddress, normaliseBugText, parseBugNumber } from "../draft/bugNumber.ts";
import { paragraphs, type Line } from "./lines.ts";
import { skip, type ReadContext } from "./context.ts";
import type { ReportStart } from "./document.ts";

/** A line that is only the bug's address (`…/show_bug.cgi?id=1234567`) or `Bug 1234567`, as pasted above a report. */
function bugLine(text: string): number | null {
  const t = normaliseBugText(text);
  return t.length <= 200 && (bugFromAddress(t) !== undefined || /^bug\b/i.test(t)) ? parseBugNumber(t) : null;
}

/** Text before the report is kept aside, except the bug's address or number, which fills the draft's bug number. */
export function keepBefore(lines: readonly Line[], ctx: ReadContext, reason = "text before the report's heading"): void {
  const bugs = new Set(lines.map((line) => bugLine(line.text)).filter((bug) => bug !== null));
  const [bug] = bugs;
  const placed = bugs.size === 1 && (ctx.draft.bug ?? null) === null;
  if (placed) ctx.draft.bug = bug;
  const rest = placed ? lines.map((line) => (bugLine(line.text) === bug ? { n: line.n, text: "" } : line)) : lines;
  for (const paragraph of paragraphs(rest)) skip(ctx, paragraph, reason, "");
}

export function keepOutside(lines: readonly Line[], report: ReportStart, reports: readonly ReportStart[], ctx: ReadContext): void {
  if (report.extra !== "") skip(ctx, [{ n: lines[report.index].n, text: report.extra }], "words after the report's heading", report.heading);
  const first = Math.min(reports[0]?.index ?? report.index, report.index);
  keepBefore(lines.slice(0, first), ctx);
  for (const other of reports) {
    if (other === report) continue;
    const where = `another report in this paste (${other.heading}, line ${lines[other.index].n}); the ${report.heading} was read`;
    skip(ctx, lines.slice(other.index, other.end), where, other.heading);
  }
  // Between a report's end and the next report: Bugzilla's comment headers and comments that are not reports.
  (reports.length > 0 ? reports : [report]).forEach((r, i, all) => {
    const next = all[i + 1]?.index ?? lines.length;
    for (const paragraph of paragraphs(lines.slice(r.end, next))) skip(ctx, paragraph, "text after the report, outside any report", "");
  });
}
