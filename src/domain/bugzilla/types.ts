/**
 * What the incident reader takes from a Bugzilla bug: the bug's own fields
 * and its comments, read from BMO's REST answers (restShapes.ts), and what
 * can go wrong on the way (fetchBug.ts).
 */
import type { PostedKind } from "../draft/schema.ts";

/** The fields of `GET /rest/bug/N` the incident record needs (restUrls.ts BUG_FIELDS). */
export type BugFacts = {
  id: number;
  summary: string;
  status: string;
  /** "" while the bug is open. */
  resolution: string;
  whiteboard: string;
  /** Login names as Bugzilla gives them ("" when the answer lacks them). */
  creator: string;
  assignedTo: string;
  creationTime: string;
  /** How many comments the bug has, private ones included; null when not given. */
  commentCount: number | null;
};

/** One comment of `GET /rest/bug/N/comment`. */
export type BugComment = {
  /** Its number on the bug: 0 is the description. */
  count: number;
  author: string;
  /** A DateTime with its offset, as Bugzilla gives it ("2025-03-04T17:20:33Z"). */
  at: string;
  text: string;
  isPrivate: boolean;
};

/** A report or update found in a comment. */
export type FoundReport = {
  kind: PostedKind;
  comment: number;
  author: string;
  at: string;
  /** Whether its author counts as the CA Owner (caOwner.ts). */
  byCaOwner: boolean;
  /** An update comment that lists changes to the action items. */
  changesActionItems?: boolean;
};

/** Why a bug could not be read, one kind per message the user gets. */
export type BugFailureKind = "not-found" | "private" | "unreachable" | "timeout" | "too-large" | "redirect" | "not-json" | "http" | "unexpected" | "cancelled";

export type BugFailure = { kind: BugFailureKind; message: string };
