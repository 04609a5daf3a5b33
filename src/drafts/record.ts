/**
 * What is stored per draft, and the small index the drafts list reads
 * without loading every draft.
 */
import type { Draft, ReportKind } from "../domain/draft/schema.ts";
import type { StepId } from "../domain/steps/steps.ts";

/** A copy of the draft as it was posted on Bugzilla, for the later update comment. */
export type PostedSnapshot = { draft: Draft; postedAt: number };

export type StoredDraft = {
  id: string;
  draft: Draft;
  /** The wizard step open when it was saved, so it reopens there. */
  step: StepId;
  /** Milliseconds since 1970. */
  updatedAt: number;
  /** Bumped by every write; a write that expected another revision is refused (see `revision.ts`). */
  revision: number;
  postedSnapshot?: PostedSnapshot;
  /** Words the drafts list shows beside the draft's name ("this tab's changes"); never part of the report. */
  note?: string;
};

/** The draft's next deadline when it was saved: what, and when (epoch ms). */
export type NextDeadline = { label: string; due: number };

export type DraftSummary = {
  id: string;
  title: string;
  kind: ReportKind;
  caOwner: string;
  updatedAt: number;
  /** The Bugzilla bug, when the draft knows it (drafts of one incident share it). */
  bug?: number;
  /** When the draft was last marked as posted. */
  postedAt?: number;
  /** The incident's local id (before its bug is known): drafts of one incident share it. */
  incident?: string;
  next?: NextDeadline;
  /** See `StoredDraft.note`. */
  note?: string;
};

export type DraftIndex = Record<string, DraftSummary>;

/**
 * The index entry for a stored draft. The next deadline is counted from the
 * draft and its incident record at the time of the save; the drafts list
 * shows one per incident, from the draft saved last (it holds the latest record).
 */
export function summaryOf(record: Pick<StoredDraft, "id" | "draft" | "updatedAt" | "postedSnapshot" | "note">, next?: NextDeadline): DraftSummary {
  const { id, draft, updatedAt, postedSnapshot, note } = record;
  return summaryAt(id, draft, updatedAt, postedSnapshot?.postedAt, note, next);
}

/** `summaryOf` from the parts, for a write that knows only when the draft was posted. */
export function summaryAt(id: string, draft: Draft, updatedAt: number, postedAt: number | undefined, note?: string, next?: NextDeadline): DraftSummary {
  const summary: DraftSummary = { id, title: draft.title, kind: draft.kind, caOwner: draft.caOwner, updatedAt };
  if (note) summary.note = note;
  if (typeof draft.bug === "number") summary.bug = draft.bug;
  if (draft.incident?.id) summary.incident = draft.incident.id;
  if (postedAt !== undefined) summary.postedAt = postedAt;
  if (next) summary.next = next;
  return summary;
}

/** Newest first. */
export function sortedSummaries(index: DraftIndex): DraftSummary[] {
  return Object.values(index).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}

/** Typed keys: every key the drafts store uses is made here. */
export const KEYS = {
  index: "index",
  lastOpened: "lastOpened",
  draft: (id: string) => `draft:${id}`,
  /** An incident's record, shared by its drafts: `incident:bug:1234567` or `incident:local:n…`. */
  incident: (key: string) => `incident:${key}`,
} as const;
