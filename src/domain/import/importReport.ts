/**
 * Markdown of a posted report -> a draft, and what could not be placed.
 *
 * The report is read twice if need be. First leniently, as CAs write reports
 * by hand from the template; if rendering that draft gives back the pasted
 * text, it is the answer. Otherwise the text is read exactly as this tool
 * renders, which undoes the renderer's choices one for one, so
 * `renderReport(importReport(renderReport(d)).draft) === renderReport(d)` for
 * every draft. Text that fits both readings (say `2025-03-04 17:20:33 UTC`,
 * which a draft could hold as plain text) is thereby read as its author
 * most likely meant it, without ever breaking that round trip. If neither
 * reading renders back the same text, the report was written by hand and the
 * lenient reading is the answer.
 */
import { REPORT_HEADINGS } from "../draft/catalogue.ts";
import { normalizeText } from "../render/markdown.ts";
import { renderReport } from "../render/render.ts";
import { findReport } from "./document.ts";
import { toLines } from "./lines.ts";
import { readReport } from "./readReport.ts";
import type { ImportOptions, ImportResult } from "./types.ts";

export type { ImportOptions, ImportResult, Unmapped } from "./types.ts";

export function importReport(markdown: string, options: ImportOptions = {}): ImportResult {
  const lines = toLines(markdown);
  const start = findReport(lines);
  if (!start) {
    const headings = [`## ${REPORT_HEADINGS.preliminary}`, `## ${REPORT_HEADINGS.full}`, `### ${REPORT_HEADINGS.closure}`];
    return { notAReport: true, reason: `none of the report headings (${headings.join(", ")}) was found` };
  }
  const pasted = normalizeText(markdown);
  const lenient = readReport(lines, start, "lenient", options);
  if (normalizeText(renderReport(lenient.draft)) === pasted) return lenient;
  const exact = readReport(lines, start, "exact", options);
  if (normalizeText(renderReport(exact.draft)) === pasted) return exact;
  return lenient;
}
