/**
 * Reads a list of CA Certificate Compliance bugs from JSON, in either shape
 * the tool meets: the Bugzilla REST API's (`{"bugs": [{id, summary,
 * creation_time, status, resolution, whiteboard}]}`, what `ccadb-report
 * incidents refresh` writes and the shared snapshot is), or the compact rows
 * the app ships (`compactList.ts`). A pipeline of pure stages: find the
 * shape, read each bug, then order the list. A list with a bad bug is
 * refused with the bug's position, never half-read.
 */
import { decodeTextFile, type DecodedText } from "../limits/textFile.ts";
import type { IncidentBug, IncidentList } from "./bug.ts";
import { COMPACT_COLUMNS, COMPACT_FORMAT } from "./compactList.ts";
import { whiteboardTags } from "./whiteboard.ts";
import { jsonDepthProblem } from "../limits/jsonDepth.ts";
import { INCIDENT_LIST_LIMITS } from "../limits/inputLimits.ts";
import { formatCount } from "../text/formatCount.ts";

export type ReadListResult = { ok: true; list: IncidentList } | { ok: false; message: string };

type Shape = { kind: "rest"; bugs: unknown[]; retrieved: unknown } | { kind: "compact"; rows: unknown[]; retrieved: unknown };

const DATE = /^\d{4}-\d{2}-\d{2}/;
const MAX_PROBLEMS = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Stage 1: which shape the value has. */
export function listShape(value: unknown): Shape | { kind: "unknown"; reason: string } {
  if (!isRecord(value)) return { kind: "unknown", reason: "expected a JSON object with a \"bugs\" list" };
  if (value.format === COMPACT_FORMAT) {
    if (!Array.isArray(value.bugs)) return { kind: "unknown", reason: "\"bugs\" is not a list" };
    return { kind: "compact", rows: value.bugs, retrieved: value.retrieved };
  }
  if (!Array.isArray(value.bugs)) return { kind: "unknown", reason: "expected a JSON object with a \"bugs\" list, as Bugzilla's /rest/bug returns" };
  return { kind: "rest", bugs: value.bugs, retrieved: value.retrieved };
}

type BugResult = { ok: true; bug: IncidentBug } | { ok: false; problem: string };

type RawBug = { id: unknown; created: unknown; summary: unknown; status: unknown; resolution: unknown; tags: unknown };

/** Text, or "" where Bugzilla leaves an optional field out. */
function text(value: unknown, optional: boolean): string | null {
  if (typeof value === "string") return value;
  return optional && (value === undefined || value === null) ? "" : null;
}

function makeBug(raw: RawBug, readTags: (whiteboard: string) => string[]): BugResult {
  const { id, created } = raw;
  if (typeof id !== "number" || !Number.isInteger(id) || id <= 0) return { ok: false, problem: "id is not a bug number" };
  if (typeof created !== "string" || !DATE.test(created)) return { ok: false, problem: `bug ${id}: creation time is not a date` };
  const summary = text(raw.summary, false);
  const status = text(raw.status, false);
  const resolution = text(raw.resolution, true);
  const tags = text(raw.tags, true);
  if (summary === null) return { ok: false, problem: `bug ${id}: no summary` };
  if (status === null) return { ok: false, problem: `bug ${id}: no status` };
  if (resolution === null || tags === null) return { ok: false, problem: `bug ${id}: resolution or whiteboard is not text` };
  const longest = Math.max(summary.length, status.length, resolution.length, tags.length);
  if (longest > INCIDENT_LIST_LIMITS.textChars) {
    return { ok: false, problem: `bug ${id}: a text of ${formatCount(longest)} characters (Bugzilla's summaries stop at 255; this list allows ${formatCount(INCIDENT_LIST_LIMITS.textChars)})` };
  }
  return { ok: true, bug: { id, date: created.slice(0, 10), summary, status, resolution, tags: readTags(tags) } };
}

/** Stage 2a: one bug as the REST API gives it. */
export function readRestBug(value: unknown): BugResult {
  if (!isRecord(value)) return { ok: false, problem: "not an object" };
  return makeBug({ id: value.id, created: value.creation_time, summary: value.summary, status: value.status, resolution: value.resolution, tags: value.whiteboard }, whiteboardTags);
}

/** Stage 2b: one compact row, `[id, date, summary, status, resolution, "tag tag"]`. */
export function readCompactRow(value: unknown): BugResult {
  if (!Array.isArray(value) || value.length !== COMPACT_COLUMNS.length) return { ok: false, problem: `not a row of ${COMPACT_COLUMNS.length} values` };
  const [id, date, summary, status, resolution, tags] = value;
  return makeBug({ id, created: date, summary, status, resolution, tags }, (s) => s.split(" ").filter(Boolean));
}

/** Stage 3: one bug per id, oldest first; the list's date is the one it states, else its newest bug's. */
export function orderList(bugs: IncidentBug[], retrieved: unknown): IncidentList {
  const byId = new Map(bugs.map((bug) => [bug.id, bug]));
  const sorted = [...byId.values()].sort((a, b) => a.id - b.id);
  const stated = typeof retrieved === "string" ? DATE.exec(retrieved)?.[0] : undefined;
  const newest = sorted.reduce((max, bug) => (bug.date > max ? bug.date : max), "");
  return { retrieved: stated ?? newest, bugs: sorted };
}

export function readIncidentList(value: unknown): ReadListResult {
  const shape = listShape(value);
  if (shape.kind === "unknown") return { ok: false, message: `not a list of CA Certificate Compliance bugs: ${shape.reason}` };
  const count = shape.kind === "rest" ? shape.bugs.length : shape.rows.length;
  if (count > INCIDENT_LIST_LIMITS.bugs) {
    return { ok: false, message: `the list has ${formatCount(count)} bugs: this finder reads at most ${formatCount(INCIDENT_LIST_LIMITS.bugs)} (the component had 1,688 in March 2026)` };
  }
  const items = shape.kind === "rest" ? shape.bugs.map(readRestBug) : shape.rows.map(readCompactRow);
  const problems = items.flatMap((item, i) => (item.ok ? [] : [`bug #${i + 1} in the list: ${item.problem}`]));
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? ` (and ${problems.length - MAX_PROBLEMS} more)` : "";
    return { ok: false, message: `${problems.slice(0, MAX_PROBLEMS).join("; ")}${more}` };
  }
  if (items.length === 0) return { ok: false, message: "the list has no bugs" };
  return { ok: true, list: orderList(items.flatMap((item) => (item.ok ? [item.bug] : [])), shape.retrieved) };
}

/** An incident list file's bytes as text, as draft and report files are read: UTF-8 only, nothing silently replaced. */
export function decodeIncidentListBytes(bytes: Uint8Array, name: string): DecodedText {
  return decodeTextFile(bytes, name, "an incident list is a JSON file");
}

/** Text (a file's contents) to a list, with JSON errors said plainly. */
export function readIncidentListText(text: string): ReadListResult {
  const tooDeep = jsonDepthProblem(text, "the file", "an incident list");
  if (tooDeep) return { ok: false, message: tooDeep };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return readIncidentList(value);
}
