/** One reading of a report, in one mode: outline, sections, then ids and references. */
import type { ReportKind } from "../draft/schema.ts";
import { newContext } from "./context.ts";
import { splitSections } from "./document.ts";
import { finalizeDraft } from "./finalize.ts";
import type { Line } from "./lines.ts";
import { SECTION_READERS } from "./sections/index.ts";
import type { ImportOptions, ReadMode, Unmapped } from "./types.ts";
import type { Draft } from "../draft/schema.ts";

/** "CA Owner: title", split at the first colon. */
function summaryParts(summaryLine: string): { caOwner: string; title: string } {
  const colon = summaryLine.indexOf(":");
  return colon === -1 ? { caOwner: "", title: summaryLine.trim() } : { caOwner: summaryLine.slice(0, colon).trim(), title: summaryLine.slice(colon + 1).trim() };
}

export function readReport(
  lines: readonly Line[],
  start: { kind: ReportKind; index: number },
  mode: ReadMode,
  options: ImportOptions,
): { draft: Draft; unmapped: Unmapped[] } {
  const ctx = newContext(mode, start.kind, options.author ?? "ca-owner");
  for (const section of splitSections(lines, start, ctx)) SECTION_READERS[section.id](section.lines, ctx);
  finalizeDraft(ctx);
  if (options.summaryLine !== undefined) Object.assign(ctx.draft, summaryParts(options.summaryLine));
  ctx.unmapped.sort((a, b) => a.line - b.line);
  return { draft: ctx.draft, unmapped: ctx.unmapped };
}
