/**
 * Where a report goes on bugzilla.mozilla.org. The guidelines keep one
 * incident on one bug: the first report opens it (new-bug form), the Full
 * report, the updates and the Closure Summary are comments on it.
 */
import type { Draft } from "../draft/schema.ts";

export type PostingTarget = { kind: "new-bug" } | { kind: "comment"; bug: number };

/** A comment on the draft's bug when its number is known; otherwise a new bug. */
export function postingTarget(draft: Pick<Draft, "bug">): PostingTarget {
  return typeof draft.bug === "number" ? { kind: "comment", bug: draft.bug } : { kind: "new-bug" };
}

/** The address the guidelines name for closure requests and security-sensitive reports. */
export const CCADB_ADDRESS = "incident-reporting@ccadb.org";
