/**
 * The last stage: keep whatever lies outside the report that was read (text
 * before it, the other reports of the paste, the page's comment headers, text
 * after it), and the words written after the report's heading.
 */
import { paragraphs, type Line } from "./lines.ts";
import { skip, type ReadContext } from "./context.ts";
import type { ReportStart } from "./document.ts";

export function keepOutside(lines: readonly Line[], report: ReportStart, reports: readonly ReportStart[], ctx: ReadContext): void {
  if (report.extra !== "") skip(ctx, [{ n: lines[report.index].n, text: report.extra }], "words after the report's heading", report.heading);
  const first = Math.min(reports[0]?.index ?? report.index, report.index);
  for (const paragraph of paragraphs(lines.slice(0, first))) skip(ctx, paragraph, "text before the report's heading", "");
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
