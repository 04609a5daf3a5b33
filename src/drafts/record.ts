/**
 * What is stored per draft, and the small index the drafts list reads
 * without loading every draft.
 */
import type { Draft, ReportKind } from "../domain/draft/schema.ts";
import type { StepId } from "../wizard/steps.ts";

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
};

export type DraftSummary = {
  id: string;
  title: string;
  kind: ReportKind;
  caOwner: string;
  updatedAt: number;
};

export type DraftIndex = Record<string, DraftSummary>;

/** The index entry for a stored draft. */
export function summaryOf(record: Pick<StoredDraft, "id" | "draft" | "updatedAt">): DraftSummary {
  const { id, draft, updatedAt } = record;
  return { id, title: draft.title, kind: draft.kind, caOwner: draft.caOwner, updatedAt };
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
} as const;
