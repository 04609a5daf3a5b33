/**
 * Two tabs may edit the same draft. Each write says which revision it was
 * based on; storage refuses it when another tab has written since, so nothing
 * is overwritten silently. The check and the write run in one IndexedDB
 * transaction (`KeyValueStore.update`).
 */

/** The revision stored in a record, 0 for none (a new or deleted draft). */
export function storedRevision(stored: unknown): number {
  if (stored === null || typeof stored !== "object") return 0;
  const revision: unknown = Reflect.get(stored, "revision");
  return typeof revision === "number" && Number.isInteger(revision) && revision >= 0 ? revision : 0;
}

/** `expected` is the revision this tab last read or wrote; `"overwrite"` after the user chose to keep theirs. */
export type Expected = number | "overwrite";

export type WriteDecision = { write: true; revision: number } | { write: false; theirs: number };

/**
 * Compare-and-set. A missing record is written (another tab deleted it: the
 * work here is not thrown away); any other revision than the expected one is
 * a conflict.
 */
export function decideWrite(stored: unknown, expected: Expected): WriteDecision {
  const current = storedRevision(stored);
  if (stored === undefined || expected === "overwrite" || current === expected) return { write: true, revision: current + 1 };
  return { write: false, theirs: current };
}

/** Whether a save announced by another tab changes what this tab has. */
export function isNewerRevision(announced: number, mine: number): boolean {
  return announced > mine;
}
