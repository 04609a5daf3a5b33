/**
 * The finder's index, loaded once per page: the bug list shipped with the
 * app is a static file of this origin, fetched only when the finder (or the
 * quality review's related-incidents count) first needs it, never part of
 * the initial JavaScript. "Use a newer list" replaces it for the session.
 */
import { useEffect, useSyncExternalStore } from "react";
import listUrl from "../../domain/incidents/data/ca-compliance-bugs.json?url";
import { decodeIncidentListBytes, readIncidentList, readIncidentListText, type ReadListResult } from "../../domain/incidents/readIncidentList.ts";
import { buildIncidentIndexInSlices, type IncidentIndex } from "../../domain/incidents/searchIndex.ts";
import { sizeProblem } from "../../domain/limits/inputLimits.ts";
import { workerOnce } from "../../ui/workerOnce.ts";
import type { ReadListRequest } from "./incidentList.worker.ts";

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
    if (!result.ok) return set({ status: "failed", message: result.message });
    // In slices: even the shipped list takes most of a second to index on a slow machine.
    const index = await buildIncidentIndexInSlices(result.list);
    if (index && state.status === "loading") set({ status: "ready", index, fileName: null });
  } catch (error) {
    set({ status: "failed", message: `the list of bugs could not be loaded (${error instanceof Error ? error.message : String(error)})` });
  }
}

/** Starts loading the shipped list unless it is loaded or loading. */
export function ensureIncidentIndex(): void {
  if (state.status === "idle" || state.status === "failed") void loadBundled();
}

export type NewerListResult = { ok: true; count: number; retrieved: string } | { ok: false; message: string } | { ok: false; cancelled: true };

export type NewerListProgress = { stage: "reading" } | { stage: "indexing"; done: number; total: number };

/** The file's bytes read, decoded and checked in a worker (a 4 MB list is most of a second of parsing); null when cancelled. */
async function readInWorker(file: File, signal: AbortSignal): Promise<ReadListResult | null> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, message: `${file.name} could not be read` };
  }
  if (typeof Worker === "undefined") {
    const decoded = decodeIncidentListBytes(new Uint8Array(bytes), "the file");
    return decoded.ok ? readIncidentListText(decoded.text) : decoded;
  }
  const request: ReadListRequest = { bytes, name: "the file" };
  const makeWorker = () => new Worker(new URL("./incidentList.worker.ts", import.meta.url), { type: "module" });
  return workerOnce<ReadListRequest, ReadListResult>(makeWorker, request, [bytes], { ok: false, message: "the file could not be read" }, signal);
}

/**
 * Replaces the list with a file from `ccadb-report incidents refresh`: the
 * size first (a file over the limit is never read), then read in a worker
 * as the CLI reads it, then indexed in slices with progress. A bad file, or
 * Cancel at any point, changes nothing.
 */
export async function loadNewerList(file: File, signal: AbortSignal, onProgress: (progress: NewerListProgress) => void): Promise<NewerListResult> {
  const tooLarge = sizeProblem("incidentList", file.size, "the file");
  if (tooLarge) return { ok: false, message: tooLarge };
  onProgress({ stage: "reading" });
  const result = await readInWorker(file, signal);
  if (result === null || signal.aborted) return { ok: false, cancelled: true };
  if (!result.ok) return result;
  const index = await buildIncidentIndexInSlices(result.list, { signal, onProgress: (done, total) => onProgress({ stage: "indexing", done, total }) });
  if (index === null) return { ok: false, cancelled: true };
  set({ status: "ready", index, fileName: file.name });
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
