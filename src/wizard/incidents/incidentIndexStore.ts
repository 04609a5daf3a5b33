/**
 * The finder's index, loaded once per page: the bug list shipped with the
 * app is a static file of this origin, fetched only when the finder (or the
 * quality review's related-incidents count) first needs it, never part of
 * the initial JavaScript. "Use a newer list" replaces it for the session.
 */
import { useEffect, useSyncExternalStore } from "react";
import listUrl from "../../domain/incidents/data/ca-compliance-bugs.json?url";
import { decodeIncidentListBytes, readIncidentList, readIncidentListText } from "../../domain/incidents/readIncidentList.ts";
import { buildIncidentIndex, type IncidentIndex } from "../../domain/incidents/searchIndex.ts";
import { readChosenFile } from "../../ui/readChosenFile.ts";

export type IndexState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; index: IncidentIndex; /** The file the author chose, or null for the list shipped with the app. */ fileName: string | null }
  | { status: "failed"; message: string };

let state: IndexState = { status: "idle" };
const listeners = new Set<() => void>();

function set(next: IndexState) {
  state = next;
  for (const listener of listeners) listener();
}

async function loadBundled(): Promise<void> {
  set({ status: "loading" });
  try {
    const response = await fetch(listUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const result = readIncidentList(await response.json());
    set(result.ok ? { status: "ready", index: buildIncidentIndex(result.list), fileName: null } : { status: "failed", message: result.message });
  } catch (error) {
    set({ status: "failed", message: `the list of bugs could not be loaded (${error instanceof Error ? error.message : String(error)})` });
  }
}

/** Starts loading the shipped list unless it is loaded or loading. */
export function ensureIncidentIndex(): void {
  if (state.status === "idle" || state.status === "failed") void loadBundled();
}

/** Replaces the list with a file from `ccadb-report incidents refresh`; a bad file changes nothing and says why. */
export async function loadNewerList(file: File): Promise<{ ok: true; count: number; retrieved: string } | { ok: false; message: string }> {
  // The size first (a file over the limit is never read), then as the CLI reads it: UTF-8 only, nothing silently replaced.
  const decoded = await readChosenFile(file, "incidentList", decodeIncidentListBytes, "the file");
  if (!decoded.ok) return decoded;
  const result = readIncidentListText(decoded.text);
  if (!result.ok) return result;
  set({ status: "ready", index: buildIncidentIndex(result.list), fileName: file.name });
  return { ok: true, count: result.list.bugs.length, retrieved: result.list.retrieved };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The index's state; with `load`, loads the shipped list on first use. */
export function useIncidentIndex(load = true): IndexState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (load) ensureIncidentIndex();
  }, [load]);
  return current;
}
