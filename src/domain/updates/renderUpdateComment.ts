import { FIELDS, ITEM_NAMES, SECTIONS } from "../draft/catalogue.ts";
import { formatCount } from "../text/formatCount.ts";
import { displayDateOrTime, utcDate } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";
import type { ActionItemChange, TrackedField } from "./changedActionItems.ts";
import { changedActionItems, TRACKED_FIELDS } from "./changedActionItems.ts";
import { orPlaceholder, table } from "../render/markdown.ts";
import { bullet } from "./markdown.ts";
import { newTimelineEntries } from "./newTimelineEntries.ts";
import { revocationCounts } from "./revocationCounts.ts";

export type UpdateInput = {
  now: number;
  /** The next update date to announce (YYYY-MM-DD), normally the Whiteboard's "Next update". */
  nextUpdate: string;
};

const FIELD_LABELS = {
  description: "Description",
  kind: "Kind",
  evaluationCriteria: "Evaluation Criteria",
  dueDate: "Due Date",
  status: "Status",
} as const satisfies Record<TrackedField, string>;

/** Short values are shown as "before → after"; long texts only as they are now. */
const SHOW_BEFORE: ReadonlySet<TrackedField> = new Set(["kind", "dueDate", "status"]);

function changeLabel(change: ActionItemChange): string {
  switch (change.change) {
    case "added":
      return "New";
    case "removed":
      return "Removed";
    case "changed":
      return `${change.fields.map((f) => FIELD_LABELS[f.field]).join(", ")} changed`;
  }
}

function row(change: ActionItemChange): string[] {
  const name = change.change === "removed" ? `Previously ${ITEM_NAMES.actionItems(change.number)}` : ITEM_NAMES.actionItems(change.number);
  const values = TRACKED_FIELDS.map((field) => {
    const now = change.item[field].trim();
    if (change.change !== "changed") return now;
    const diff = change.fields.find((f) => f.field === field);
    return diff !== undefined && SHOW_BEFORE.has(field) ? `${orPlaceholder(diff.from)} → ${orPlaceholder(diff.to)}` : now;
  });
  return [name, changeLabel(change), ...values];
}

function actionItemsPart(changes: ActionItemChange[]): string {
  const heading = `### ${SECTIONS.actionItems.heading}`;
  if (changes.length === 0) return `${heading}\n\nNo changes to the action items since our last update.`;
  return `${heading}\n\n${table(["Action Item", "Change", ...TRACKED_FIELDS.map((f) => FIELD_LABELS[f])], changes.map(row))}`;
}

function timelinePart(current: Draft, posted: Draft | null): string {
  const heading = `### ${SECTIONS.timeline.heading}`;
  const entries = newTimelineEntries(current, posted);
  if (entries.length === 0) return `${heading}\n\nNo new timeline entries since our last update.`;
  const items = entries.map((entry) => bullet(`${displayDateOrTime(entry.at) || "Undated"}: ${orPlaceholder(entry.event.trim())}`));
  return `${heading}\n\nNew since our last update:\n\n${items.join("\n")}`;
}

/**
 * A changed Impact total: the guidelines want the correction in the update
 * too ("clearly communicate a correction"), so the comment gives the figures
 * and the Additional considerations, where the quality review puts the
 * correction's three answers.
 */
function impactPart(current: Draft, posted: Draft | null): string | null {
  const before = posted?.impact.totalCertificates;
  const after = current.impact.totalCertificates;
  if (typeof before !== "number" || typeof after !== "number" || before === after) return null;
  return [
    `### ${SECTIONS.impact.heading}`,
    "",
    bullet(`**${FIELDS["impact.totalCertificates"].label}:** ${formatCount(before)} → ${formatCount(after)}`),
    bullet(`**${FIELDS["impact.additionalConsiderations"].label}:** ${orPlaceholder(current.impact.additionalConsiderations.trim())}`),
  ].join("\n");
}

function revocationPart(draft: Draft, now: number): string {
  const counts = revocationCounts(draft, now);
  const listed = draft.appendix.certificates.length > 0;
  const n = (value: number) => (listed ? String(value) : "unknown (no certificates listed in the Appendix)");
  const estimate = !listed ? "unknown" : counts.estimate === null ? "N/A: all affected certificates are revoked or expired" : counts.estimate;
  return [
    "### Revocation Status",
    "",
    `- **Certificates revoked:** ${n(counts.revoked)}`,
    `- **Certificates not yet revoked:** ${n(counts.notYetRevoked)}`,
    `- **Certificates planned for revocation that have expired:** ${n(counts.expired)}`,
    `- **Estimated completion of all remaining revocations:** ${estimate}`,
  ].join("\n");
}

/**
 * The weekly update comment: what changed since the posted snapshot (action
 * items by id, numbered as in the current report; new timeline entries in
 * UTC), a changed Impact total with its correction, the revocation counts for a revocation-delay report, and the next
 * update date. Bugzilla Markdown: tables hold single-line cells with `\|`,
 * and every block is followed by a blank line.
 */
export function renderUpdateComment(current: Draft, posted: Draft | null, input: UpdateInput): string {
  const parts = [`## Update (${utcDate(input.now)})`, actionItemsPart(changedActionItems(current, posted)), timelinePart(current, posted)];
  const impact = impactPart(current, posted);
  if (impact !== null) parts.push(impact);
  if (current.revocationDelay === true) parts.push(revocationPart(current, input.now));
  parts.push(`**Next update:** ${orPlaceholder(input.nextUpdate.trim())}`);
  return `${parts.join("\n\n")}\n`;
}
