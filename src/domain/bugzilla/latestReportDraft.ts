/**
 * The latest report on the bug as a draft, with the bug and its incident
 * record attached: the CA Owner's latest Preliminary, Full or Closure (a
 * third party's Preliminary when the CA Owner posted none). Read by the
 * importer, so nothing the report says is lost (unplaced text stays in the
 * draft), and checked against the draft file schema before it is offered.
 */
import { formatProblem, formatZodIssues } from "../draft/problems.ts";
import { DraftSchema, type Draft } from "../draft/schema.ts";
import { importReport } from "../import/importReport.ts";
import type { BugReading } from "./bugReading.ts";
import type { BugComment } from "./types.ts";

export type LatestReportDraft = { ok: true; draft: Draft; comment: number; unplaced: number } | { ok: false; message: string };

export function latestReportDraft(reading: BugReading, comments: readonly BugComment[]): LatestReportDraft {
  const reports = reading.reports.filter((r) => r.kind !== "update");
  const chosen = reports.filter((r) => r.byCaOwner).at(-1) ?? reports.at(-1);
  if (!chosen) return { ok: false, message: `no Preliminary, Full or Closure report was found in the public comments of bug ${reading.bug}` };
  const comment = comments.find((c) => c.count === chosen.comment);
  if (!comment) return { ok: false, message: `comment ${chosen.comment} of bug ${reading.bug} is missing` };
  const result = importReport(comment.text, { summaryLine: reading.summary, author: chosen.byCaOwner ? "ca-owner" : "third-party" });
  if ("notAReport" in result) return { ok: false, message: `comment ${chosen.comment} of bug ${reading.bug} could not be read as a report: ${result.reason}` };
  const draft: Draft = { ...result.draft, bug: reading.bug, incident: reading.incident };
  const checked = DraftSchema.safeParse(draft);
  if (!checked.success) {
    const problems = formatZodIssues(checked.error.issues, draft).map(formatProblem);
    return { ok: false, message: `the draft made from comment ${chosen.comment} is not a valid draft file: ${problems.join("; ")}` };
  }
  return { ok: true, draft: checked.data, comment: chosen.comment, unplaced: result.unmapped.length };
}
