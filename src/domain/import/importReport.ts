/**
 * A posted report -> a draft, and what could not be placed (kept in the
 * draft's `unplaced`, so nothing the report says is lost).
 *
 * A pipeline of pure stages: normalise the paste (Markdown, or text copied
 * from the Bugzilla page) into one line model; find the report(s) and the
 * template each follows (v3, v2.0, or the Mozilla wiki's older questions);
 * split the chosen report into sections; read each section; keep whatever
 * was not read.
 *
 * Markdown is read twice if need be. First leniently, as CAs write reports
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
import type { Draft } from "../draft/schema.ts";
import { normalizeText } from "../render/markdown.ts";
import { renderReport } from "../render/render.ts";
import { chooseReport, findReports, knownHeadings } from "./document.ts";
import { toLines } from "./lines.ts";
import { fromPageText, isPageText } from "./pageText.ts";
import { findQuestions, readQuestions } from "./questions.ts";
import { readReport } from "./readReport.ts";
import type { ImportOptions, ImportResult, Unmapped } from "./types.ts";

export type { ImportOptions, ImportResult, Unmapped } from "./types.ts";

/** The parts set aside go into the draft too: the draft alone then holds every word of the report. */
function keepUnplaced(result: { draft: Draft; unmapped: Unmapped[] }): { draft: Draft; unmapped: Unmapped[] } {
  if (result.unmapped.length === 0) return result;
  const unplaced = result.unmapped.map((part, i) => ({ id: `u${i + 1}`, heading: part.heading, line: part.line, text: part.text, reason: part.reason }));
  return { draft: { ...result.draft, unplaced }, unmapped: result.unmapped };
}

export function importReport(text: string, options: ImportOptions = {}): ImportResult {
  const pasted = toLines(text);
  const page = isPageText(pasted);
  const lines = page ? fromPageText(pasted) : pasted;
  const reports = findReports(lines);
  const report = chooseReport(lines, reports);
  if (!report) {
    const questions = findQuestions(lines);
    if (questions) return keepUnplaced(readQuestions(lines, questions, options));
    return { notAReport: true, reason: `none of the report headings (${knownHeadings().join(", ")}) and none of the Mozilla wiki's incident report questions was found` };
  }
  const lenient = readReport(lines, reports, report, "lenient", options);
  if (page) return keepUnplaced(lenient);
  const markdown = normalizeText(text);
  if (normalizeText(renderReport(lenient.draft)) === markdown) return keepUnplaced(lenient);
  const exact = readReport(lines, reports, report, "exact", options);
  if (normalizeText(renderReport(exact.draft)) === markdown) return keepUnplaced(exact);
  return keepUnplaced(lenient);
}
