/**
 * Deadline inputs per draft, kept in localStorage so they survive a reload,
 * shared by every panel that reads them (Review, the output bar). Storage
 * may be missing or full: the inputs then live for the tab only.
 */
import { useCallback, useSyncExternalStore } from "react";
import { EMPTY_INPUTS, restoreInputs, type DeadlineInputs } from "./deadlineInputs.ts";

/** Typed keys: the only localStorage key this module writes. */
const keyOf = (draftId: string) => `ccadb-report:deadline-inputs:${draftId}`;
/** Before the draft has an id (storage off), inputs are kept under this one. */
const UNSAVED = "unsaved";

const cache = new Map<string, DeadlineInputs>();
const listeners = new Set<() => void>();

export function readInputs(draftId: string | null): DeadlineInputs {
  const id = draftId ?? UNSAVED;
  const cached = cache.get(id);
  if (cached) return cached;
  let inputs = EMPTY_INPUTS;
  try {
    const raw = id === UNSAVED ? null : window.localStorage.getItem(keyOf(id));
    if (raw !== null) inputs = restoreInputs(JSON.parse(raw));
  } catch {
    // Unreadable or unavailable storage: start empty.
  }
  cache.set(id, inputs);
  return inputs;
}

export function writeInputs(draftId: string | null, patch: Partial<DeadlineInputs>): void {
  const id = draftId ?? UNSAVED;
  const next = { ...readInputs(id), ...patch };
  cache.set(id, next);
  try {
    if (id !== UNSAVED) window.localStorage.setItem(keyOf(id), JSON.stringify(next));
  } catch {
    // Storage full or refused: the inputs stay in memory for this tab.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The open draft's deadline inputs and a setter; re-renders every reader on change. */
export function useDeadlineInputs(draftId: string | null): [DeadlineInputs, (patch: Partial<DeadlineInputs>) => void] {
  const inputs = useSyncExternalStore(
    subscribe,
    () => readInputs(draftId),
    () => EMPTY_INPUTS,
  );
  const update = useCallback((patch: Partial<DeadlineInputs>) => writeInputs(draftId, patch), [draftId]);
  return [inputs, update];
}
