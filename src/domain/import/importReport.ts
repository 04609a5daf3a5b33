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
 * With no report heading, the wiki's questions are looked for, then the
 * template's labels without their heading, then the text is read as a free-text
 * Preliminary report; only a paste with no text at all is refused.
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
import { foundReports, withPosted } from "./bugPage.ts";
import { markCommentHeaders } from "./commentHeaders.ts";
import { chooseReport, findReports, knownHeadings, sectionCount, type ReportStart } from "./document.ts";
import { readFreeText } from "./freeText.ts";
import { toLines, type Line } from "./lines.ts";
import { fromPageText, isPageText } from "./pageText.ts";
import { findQuestions, readQuestions } from "./questions.ts";
import { readReport } from "./readReport.ts";
import type { ImportOptions, ImportResult, Unmapped } from "./types.ts";
import { withReportHeading } from "./unheaded.ts";

export type { FoundReport, ImportOptions, ImportResult, Unmapped } from "./types.ts";

/** The parts set aside go into the draft too: the draft alone then holds every word of the report. */
function keepUnplaced(result: { draft: Draft; unmapped: Unmapped[] }): { draft: Draft; unmapped: Unmapped[] } {
  if (result.unmapped.length === 0) return result;
  const unplaced = result.unmapped.map((part, i) => ({ id: `u${i + 1}`, heading: part.heading, line: part.line, text: part.text, reason: part.reason }));
  return { draft: { ...result.draft, unplaced }, unmapped: result.unmapped };
}

/** The chosen report, read leniently or exactly, whichever renders back the pasted Markdown (see above). */
function readChosen(text: string, lines: readonly Line[], reports: readonly ReportStart[], report: ReportStart, page: boolean, options: ImportOptions) {
  const lenient = readReport(lines, reports, report, "lenient", options);
  if (page) return lenient;
  const markdown = normalizeText(text);
  if (normalizeText(renderReport(lenient.draft)) === markdown) return lenient;
  const exact = readReport(lines, reports, report, "exact", options);
  if (normalizeText(renderReport(exact.draft)) === markdown) return exact;
  return lenient;
}

/** Stage 1: the paste as one line model, Markdown or text copied from the page, with the page's comment headers marked. */
function normalise(pasted: readonly Line[]): { page: boolean; lines: Line[] } {
  const page = isPageText(pasted);
  return { page, lines: page ? fromPageText(pasted) : markCommentHeaders(pasted) };
}

/** No report heading: the wiki's questions, the template's labels with the heading left out, or free text; refused only when there is no text. */
function readWithoutHeading(pasted: readonly Line[], lines: readonly Line[], options: ImportOptions): ImportResult {
  const questions = findQuestions(lines);
  if (questions) return keepUnplaced(readQuestions(lines, questions, options));
  const headed = withReportHeading(pasted);
  if (headed) {
    const { lines: headedLines } = normalise(headed);
    const reports = findReports(headedLines);
    const report = chooseReport(headedLines, reports);
    if (report) return { ...keepUnplaced(readReport(headedLines, reports, report, "lenient", options)), headingSupplied: true };
  }
  const free = readFreeText(lines, options);
  if (free) return { ...keepUnplaced(free), freeText: true };
  return {
    notAReport: true,
    reason: `it holds no text: none of the report headings (${knownHeadings().join(", ")}), the template's labels, the Mozilla wiki's incident report questions, or any other text was found`,
  };
}

export function importReport(text: string, options: ImportOptions = {}): ImportResult {
  const pasted = toLines(text);
  const { page, lines } = normalise(pasted);
  const reports = findReports(lines);
  // "Incident report, as requested:" over the wiki's questions is a sentence, not the v2.0 template's heading.
  const headingOnly = reports.every((r) => sectionCount(lines, r) === 0) && findQuestions(lines) !== null;
  if (reports.length === 0 || headingOnly) return readWithoutHeading(pasted, lines, options);
  const report = (options.report !== undefined ? reports[options.report] : undefined) ?? chooseReport(lines, reports) ?? reports[0];
  const found = foundReports(lines, reports);
  const { draft, unmapped } = keepUnplaced(readChosen(text, lines, reports, report, page, options));
  // A single report with no comment header around it: nothing to choose, nothing for the incident record.
  if (found.length === 1 && found[0].comment === undefined) return { draft, unmapped };
  return { draft: withPosted(draft, found), unmapped, reports: found, read: reports.indexOf(report) };
}
