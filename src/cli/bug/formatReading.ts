/**
 * The incident record of a bug as `ccadb-report bug N` prints it: one fact a
 * line, times in UTC as the guidelines count them, and every text Bugzilla
 * gave (summary, Whiteboard, names) with its control characters as `\XX`.
 */
import type { BugReading } from "../../domain/bugzilla/bugReading.ts";
import { formatUtc, parseDateTime } from "../../domain/draft/datetime.ts";
import type { PostedKind } from "../../domain/draft/schema.ts";
import { escapeControls } from "../../domain/text/controls.ts";

const KIND_LABELS = { preliminary: "Preliminary", full: "Full", update: "Update", closure: "Closure Summary" } as const satisfies Record<PostedKind, string>;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const utc = (at: string) => {
  const ms = parseDateTime(at);
  return ms === null ? escapeControls(at) : formatUtc(ms);
};

export function formatReading(reading: BugReading): string {
  const { incident } = reading;
  const out: string[] = [];
  out.push(`Bug ${reading.bug}: ${escapeControls(reading.summary)}`);
  out.push(reading.url);
  out.push(`Status: ${escapeControls([reading.status, reading.resolution].filter(Boolean).join(" "))}`);
  out.push(`Whiteboard: ${incident.whiteboard === undefined ? "(empty)" : escapeControls(incident.whiteboard)}`);
  out.push(`CA Owner: ${reading.caOwner.length > 0 ? escapeControls(reading.caOwner.join(", ")) : "(not known)"}`);
  out.push("");
  out.push(reading.reports.length === 0 ? "Reports: none found in the public comments" : `Reports (${reading.reports.length}):`);
  const width = Math.max(0, ...reading.reports.map((r) => KIND_LABELS[r.kind].length));
  for (const report of reading.reports) {
    const notes = [report.changesActionItems ? "action items changed" : "", report.byCaOwner ? "" : "not by the CA Owner"].filter(Boolean);
    out.push(`  ${KIND_LABELS[report.kind].padEnd(width)}  comment ${report.comment}  ${utc(report.at)}  ${escapeControls(report.author || "(unknown)")}${notes.length > 0 ? `  (${notes.join("; ")})` : ""}`);
  }
  const open = incident.questions.filter((q) => q.answeredAt === null);
  out.push("");
  out.push(open.length === 0 ? "Open questions: none" : `Open questions (${open.length}), to answer within 7 days:`);
  for (const question of open) {
    const asked = parseDateTime(question.askedAt);
    const due = asked === null ? "" : `, answer by ${formatUtc(asked + WEEK_MS)}`;
    out.push(`  asked ${utc(question.askedAt)} by ${escapeControls(question.by ?? "(unknown)")}${due}`);
  }
  const answered = incident.questions.length - open.length;
  if (answered > 0) out.push(`Answered comments by others: ${answered}`);
  out.push("");
  const changed = reading.reports.filter((r) => r.changesActionItems === true).at(-1);
  out.push(`Last action-item change: ${changed ? `${utc(changed.at)} (update in comment ${changed.comment})` : "none listed in an update comment"}`);
  if (reading.privateComments > 0) out.push(`Private comments (not read): ${reading.privateComments}`);
  if (reading.unreadableComments > 0) out.push(`Comments without a number or time (not read): ${reading.unreadableComments}`);
  return `${out.join("\n")}\n`;
}
