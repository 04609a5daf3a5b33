/**
 * The bug reader as the app runs it, loaded on the first click (it pulls in
 * the importer): bug N read through the page's own fetch, or the file
 * `ccadb-report bug N --json` wrote, each merged into the incident record the
 * author keeps. Only the bug number goes to Bugzilla: the requests carry no
 * cookies, no referrer and nothing from a draft (src/domain/bugzilla/getJson.ts).
 */
import { parseBugReading, type BugReading } from "../../domain/bugzilla/bugReading.ts";
import { readBug } from "../../domain/bugzilla/fetchBug.ts";
import { latestReportDraft, type LatestReportDraft } from "../../domain/bugzilla/latestReportDraft.ts";
import { mergeReading, type ReadingMerge } from "../../domain/bugzilla/mergeReading.ts";
import type { BugFailure } from "../../domain/bugzilla/types.ts";
import type { IncidentRecord } from "../../domain/draft/schema.ts";
import { jsonDepthProblem } from "../../domain/limits/jsonDepth.ts";
import { decodeTextFile } from "../../domain/limits/textFile.ts";
import { readChosenFile } from "../../ui/readChosenFile.ts";

export type BugRead = {
  reading: BugReading;
  merge: ReadingMerge;
  /** The latest report as a draft; absent for a file, which holds no comment text. */
  latest: LatestReportDraft | null;
};

export type BugReadResult = { ok: true; read: BugRead } | { ok: false; failure: BugFailure };

export async function readFromBugzilla(bug: number, base: string, current: IncidentRecord, signal: AbortSignal): Promise<BugReadResult> {
  // The window's fetch, called on its own (getJson.ts): the page's CSP decides where it may go.
  const result = await readBug(bug, { fetch: window.fetch.bind(window), base, signal, retries: 2 });
  if (!result.ok) return result;
  return { ok: true, read: { reading: result.reading, merge: mergeReading(current, result.reading), latest: latestReportDraft(result.reading, result.comments) } };
}

const EXPECTED = "a bug reading is the JSON file `ccadb-report bug N --json` writes";

export async function readFromFile(file: File, bug: number, current: IncidentRecord): Promise<{ ok: true; read: BugRead } | { ok: false; message: string }> {
  const text = await readChosenFile(file, "draftFile", (bytes, name) => decodeTextFile(bytes, name, EXPECTED));
  if (!text.ok) return text;
  const deep = jsonDepthProblem(text.text, file.name, "a bug reading");
  if (deep) return { ok: false, message: deep };
  let value: unknown;
  try {
    value = JSON.parse(text.text);
  } catch {
    return { ok: false, message: `${file.name} is not JSON: ${EXPECTED}` };
  }
  const parsed = parseBugReading(value);
  if (!parsed.ok) return { ok: false, message: `${file.name} is ${parsed.message}` };
  if (parsed.reading.bug !== bug) return { ok: false, message: `${file.name} is the reading of bug ${parsed.reading.bug}, and this draft's bug is ${bug}: nothing was changed` };
  return { ok: true, read: { reading: parsed.reading, merge: mergeReading(current, parsed.reading), latest: null } };
}
