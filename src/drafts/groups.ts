/**
 * The drafts list grouped by incident: drafts that name the same Bugzilla bug
 * are one incident, and so are drafts that share an incident record (started
 * from one another); otherwise drafts with the same Summary line (CA Owner
 * and title) are taken to be.
 */
import { REPORT_KINDS } from "../domain/draft/schema.ts";
import { summaryLine } from "../domain/render/bugzilla.ts";
import type { DraftSummary } from "./record.ts";

export type DraftGroup = { key: string; label: string; bug: number | null; drafts: DraftSummary[] };

/**
 * The incident's next deadline, once for the group: from the draft saved
 * last, which holds the latest incident record (an older draft's would say
 * the Full report is overdue after the Closure was posted).
 */
export function groupNext(group: DraftGroup): DraftSummary["next"] {
  return group.drafts.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a)).next;
}

const keyOf = (draft: DraftSummary) =>
  draft.bug !== undefined ? `bug:${draft.bug}` : draft.incident !== undefined ? `incident:${draft.incident}` : `title:${summaryLine(draft).trim().toLowerCase()}`;

/** Groups, the one changed last first; in a group, the reports in their order on the bug (Preliminary, Full, Closure), then newest first. */
export function groupDrafts(drafts: readonly DraftSummary[]): DraftGroup[] {
  const groups = new Map<string, DraftGroup>();
  for (const draft of drafts) {
    const key = keyOf(draft);
    const group = groups.get(key) ?? { key, label: draft.bug === undefined ? summaryLine(draft) : `Bug ${draft.bug}`, bug: draft.bug ?? null, drafts: [] };
    group.drafts.push(draft);
    groups.set(key, group);
  }
  const latest = (group: DraftGroup) => Math.max(...group.drafts.map((d) => d.updatedAt));
  const order = (d: DraftSummary) => REPORT_KINDS.indexOf(d.kind);
  return [...groups.values()]
    .map((group) => ({ ...group, drafts: [...group.drafts].sort((a, b) => order(a) - order(b) || b.updatedAt - a.updatedAt) }))
    .sort((a, b) => latest(b) - latest(a) || a.key.localeCompare(b.key));
}
