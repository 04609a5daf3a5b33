/**
 * Stage 2 on a whole bug page: each report found, with the number and time
 * of the comment that holds it (Bugzilla's "Comment 2 • 2025-03-14 16:30 UTC";
 * "Description" is comment 0). The reports posted with a known time go into
 * the draft's incident record, so the deadlines count from them.
 */
import type { Draft, Posted } from "../draft/schema.ts";
import { commentAbove } from "./commentHeaders.ts";
import type { ReportStart } from "./document.ts";
import type { Line } from "./lines.ts";
import type { FoundReport } from "./types.ts";

export function foundReports(lines: readonly Line[], reports: readonly ReportStart[]): FoundReport[] {
  return reports.map((report, i) => {
    const header = commentAbove(lines, report.index, i === 0 ? -1 : reports[i - 1].index);
    const found: FoundReport = { kind: report.kind, heading: report.heading, line: lines[report.index].n };
    if (header) found.comment = header.comment;
    if (header?.at !== undefined) found.at = header.at;
    return found;
  });
}

/** The draft with the posted reports of the page in its incident record (those whose comment time the page shows). */
export function withPosted(draft: Draft, found: readonly FoundReport[]): Draft {
  const posted: Posted[] = found.flatMap((r) => (r.at === undefined ? [] : [{ kind: r.kind, at: r.at, ...(r.comment !== undefined ? { comment: r.comment } : {}) }]));
  if (posted.length === 0) return draft;
  const incident = draft.incident ?? { posted: [], questions: [] };
  return { ...draft, incident: { ...incident, posted: [...incident.posted, ...posted] } };
}
