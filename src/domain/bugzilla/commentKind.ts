/**
 * Stage 1 of reading a bug: what each comment is. Reports are found by the
 * importer (every shape it reads: v3 and v2.0 headings, Markdown or page
 * text, several reports in one comment); a comment is a report only when the
 * importer reads one under a report heading or as the wiki's questions. The Mozilla wiki's older numbered questions
 * have no heading: a root program asking them looks the same as a CA
 * answering them, so such a comment is only a candidate, counted as a Full
 * report when the CA Owner wrote it (caOwner.ts). Update comments likewise.
 */
import type { ReportKind } from "../draft/schema.ts";
import { findReports } from "../import/document.ts";
import { importReport } from "../import/importReport.ts";
import { toLines } from "../import/lines.ts";
import { fromPageText, isPageText } from "../import/pageText.ts";
import { INPUT_LIMITS } from "../limits/inputLimits.ts";
import { isUpdateComment, listsActionItemChanges } from "./updateComment.ts";

export type CommentKind =
  /** A report under one of the templates' headings. */
  | { kind: "report"; report: ReportKind }
  /** The wiki's questions answered: a Full report if the CA Owner wrote it. */
  | { kind: "questions" }
  | { kind: "update"; changesActionItems: boolean }
  | { kind: "comment" };

export function commentKind(text: string): CommentKind {
  // Longer than any comment Bugzilla takes (65,535 characters): not read as a report.
  if (text.trim() === "" || text.length > INPUT_LIMITS.markdown.bytes) return { kind: "comment" };
  const result = importReport(text);
  // The importer reads any text as a report (free text as a Preliminary's description, labels with the heading supplied): on a bug, those are comments.
  if (!("notAReport" in result) && !result.freeText && !result.headingSupplied) {
    const lines = toLines(text);
    const headed = findReports(isPageText(lines) ? fromPageText(lines) : lines).length > 0;
    return headed ? { kind: "report", report: result.draft.kind } : { kind: "questions" };
  }
  if (isUpdateComment(text)) return { kind: "update", changesActionItems: listsActionItemChanges(text) };
  return { kind: "comment" };
}
