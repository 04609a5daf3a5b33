/** One reading of a report, in one mode: sections, then ids and references, then what lies outside it. */
import type { Draft } from "../draft/schema.ts";
import { newContext, type ReadContext } from "./context.ts";
import { splitSections, type ReportStart } from "./document.ts";
import { finalizeDraft } from "./finalize.ts";
import type { Line } from "./lines.ts";
import { keepOutside } from "./outside.ts";
import { SECTION_READERS } from "./sections/index.ts";
import type { ImportOptions, ReadMode, Unmapped } from "./types.ts";

/** "CA Owner: title", split at the first colon. */
function summaryParts(summaryLine: string): { caOwner: string; title: string } {
  const colon = summaryLine.indexOf(":");
  return colon === -1 ? { caOwner: "", title: summaryLine.trim() } : { caOwner: summaryLine.slice(0, colon).trim(), title: summaryLine.slice(colon + 1).trim() };
}

/** The steps every reading ends with, whatever the template: ids and references, the summary line, the order of what was set aside. */
export function finishReading(ctx: ReadContext, options: ImportOptions): { draft: Draft; unmapped: Unmapped[] } {
  finalizeDraft(ctx);
  if (options.summaryLine !== undefined) Object.assign(ctx.draft, summaryParts(options.summaryLine));
  ctx.unmapped.sort((a, b) => a.line - b.line);
  return { draft: ctx.draft, unmapped: ctx.unmapped };
}

export function readReport(
  lines: readonly Line[],
  reports: readonly ReportStart[],
  report: ReportStart,
  mode: ReadMode,
  options: ImportOptions,
): { draft: Draft; unmapped: Unmapped[] } {
  const ctx = newContext(mode, report.kind, options.author ?? "ca-owner", report.template);
  // This tool renders one report, whose Appendix runs to the end and may hold any heading.
  const [read, all] = mode === "exact" ? [{ ...report, end: lines.length }, []] : [report, reports];
  keepOutside(lines, read, all, ctx);
  for (const section of splitSections(lines, read, ctx)) {
    ctx.heading = section.heading;
    SECTION_READERS[section.id](section.lines, ctx);
  }
  return finishReading(ctx, options);
}
