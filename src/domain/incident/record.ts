/**
 * The incident record (the draft format's `incident`): what was posted on the
 * bug and when, the Whiteboard, the questions waiting for an answer. One per
 * incident, shared by every draft of it; these are its readings.
 */
import { instantOf } from "../draft/datetime.ts";
import type { Draft, IncidentRecord, Posted, PostedKind, Question } from "../draft/schema.ts";

export const EMPTY_RECORD: IncidentRecord = { posted: [], questions: [] };

export const POSTED_LABELS = {
  preliminary: "Preliminary report",
  full: "Full report",
  update: "Update",
  closure: "Closure Summary",
} as const satisfies Record<PostedKind, string>;

/** A posting with its instant; postings whose time cannot be read are left out of the arithmetic (they stay in the record). */
export type Dated<T> = T & { ms: number };

function dated<T extends { at: string }>(items: readonly T[]): Array<Dated<T>> {
  return items.flatMap((item) => {
    const ms = instantOf(item.at);
    return ms === null ? [] : [{ ...item, ms }];
  });
}

/** Postings in time order. */
export function postings(record: IncidentRecord): Array<Dated<Posted>> {
  return dated(record.posted).sort((a, b) => a.ms - b.ms);
}

/** The first report (Preliminary or Full) posted: the CA Owner's initial report. */
export function firstReport(record: IncidentRecord): Dated<Posted> | null {
  return postings(record).find((p) => p.kind === "preliminary" || p.kind === "full") ?? null;
}

export function firstOfKind(record: IncidentRecord, kinds: readonly PostedKind[]): Dated<Posted> | null {
  return postings(record).find((p) => kinds.includes(p.kind)) ?? null;
}

/** The last thing posted on the bug (report or update). */
export function lastPosted(record: IncidentRecord): Dated<Posted> | null {
  return postings(record).at(-1) ?? null;
}

/** Questions not answered yet, oldest first. */
export function openQuestions(record: IncidentRecord): Array<Question & { ms: number }> {
  return record.questions
    .filter((q) => q.answeredAt === null || q.answeredAt.trim() === "")
    .flatMap((q) => {
      const ms = instantOf(q.askedAt);
      return ms === null ? [] : [{ ...q, ms }];
    })
    .sort((a, b) => a.ms - b.ms);
}

/** "Preliminary report posted 2025-10-01 09:00 UTC (comment 0)". */
export function postedWords(posted: Posted, formatted: string): string {
  return `${POSTED_LABELS[posted.kind]} posted ${formatted}${posted.comment === undefined ? "" : ` (comment ${posted.comment})`}`;
}

/** The record with one more posting (the same kind at the same time is not added twice). */
export function withPosted(record: IncidentRecord, posted: Posted): IncidentRecord {
  const at = instantOf(posted.at);
  const same = (p: Posted) => p.kind === posted.kind && instantOf(p.at) === at;
  return { ...record, posted: record.posted.some(same) ? record.posted : [...record.posted, posted] };
}

/**
 * What a draft's record says, or an empty one: a draft file without `incident`
 * (older drafts, reports written by hand) still has deadlines, counted from
 * what the report itself says.
 */
export function recordOf(draft: Pick<Draft, "incident">): IncidentRecord {
  return draft.incident ?? EMPTY_RECORD;
}

/**
 * The keys an incident's record is stored under, in the order to look: the
 * bug once known, then the local id it had before. Drafts of one incident
 * share it: "Write the Full report" copies the record, id included.
 */
export function incidentKeys(draft: Pick<Draft, "bug" | "incident">): string[] {
  const keys: string[] = [];
  if (typeof draft.bug === "number") keys.push(`bug:${draft.bug}`);
  if (draft.incident?.id) keys.push(`local:${draft.incident.id}`);
  return keys;
}
