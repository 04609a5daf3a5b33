/**
 * Everything read from storage passes through here before the app uses it:
 * what can be repaired is (a missing step, a bad timestamp), what cannot is
 * reported with every problem and the raw data, never crashed on. The draft
 * itself goes through `parseDraftValue`, which runs the format's migrations
 * first, so drafts saved by an older version of the tool keep opening.
 */
import { parseDraftValue, type ParseResult } from "../domain/draft/parseDraft.ts";
import { splitUnknownKeys } from "../domain/draft/unknownKeys.ts";
import type { Problem } from "../domain/draft/problems.ts";
import { REPORT_KINDS } from "../domain/draft/schema.ts";
import { STEP_IDS, type StepId } from "../domain/steps/stepIds.ts";
import type { DraftIndex, DraftSummary, PostedSnapshot, StoredDraft } from "./record.ts";

export type Restored = { ok: true; record: StoredDraft } | { ok: false; id: string; problems: Problem[]; raw: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}

function stepOf(value: unknown): StepId {
  return STEP_IDS.find((id) => id === value) ?? "summary";
}

function prefixed(problems: readonly Problem[], prefix: string): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path === "" ? prefix : `${prefix}.${p.path}` }));
}

/**
 * A stored draft: a key a newer version of the app added (another tab, after
 * an update) is set aside, not refused; the repository puts it back when this
 * version writes the draft (`withUnknownKeys`).
 */
function parseStoredDraft(value: unknown): ParseResult {
  const parsed = parseDraftValue(value);
  if (parsed.ok) return parsed;
  const { known, unknown } = splitUnknownKeys(value);
  const withoutUnknown = unknown.length > 0 ? parseDraftValue(known) : parsed;
  // Still not a draft: every problem is reported, the unknown keys among them.
  return withoutUnknown.ok ? withoutUnknown : parsed;
}

function restoreSnapshot(value: unknown): { snapshot?: PostedSnapshot; problems: Problem[] } {
  if (value === undefined) return { problems: [] };
  if (!isRecord(value)) return { problems: [{ path: "postedSnapshot", message: "the posted copy is not an object" }] };
  const parsed = parseStoredDraft(value.draft);
  if (!parsed.ok) return { problems: prefixed(parsed.problems, "postedSnapshot.draft") };
  return { snapshot: { draft: parsed.draft, postedAt: count(value.postedAt) }, problems: [] };
}

/** A stored draft record, repaired or rejected. `id` is the key it was stored under. */
export function restoreRecord(raw: unknown, id: string): Restored {
  if (!isRecord(raw)) return { ok: false, id, raw, problems: [{ path: "", message: "the stored data is not a draft record" }] };
  const parsed = parseStoredDraft(raw.draft);
  const snapshot = restoreSnapshot(raw.postedSnapshot);
  const problems = [...(parsed.ok ? [] : parsed.problems), ...snapshot.problems];
  if (!parsed.ok || problems.length > 0) return { ok: false, id, raw, problems };
  const record: StoredDraft = {
    id,
    draft: parsed.draft,
    step: stepOf(raw.step),
    updatedAt: count(raw.updatedAt),
    revision: Math.floor(count(raw.revision)),
  };
  if (snapshot.snapshot) record.postedSnapshot = snapshot.snapshot;
  if (typeof raw.note === "string" && raw.note !== "") record.note = raw.note;
  return { ok: true, record };
}

function restoreSummary(id: string, value: unknown): DraftSummary | null {
  if (!isRecord(value)) return null;
  const kind = REPORT_KINDS.find((k) => k === value.kind) ?? "full";
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const summary: DraftSummary = { id, title: text(value.title), kind, caOwner: text(value.caOwner), updatedAt: count(value.updatedAt) };
  if (typeof value.bug === "number" && Number.isSafeInteger(value.bug) && value.bug > 0) summary.bug = value.bug;
  if (typeof value.postedAt === "number" && Number.isFinite(value.postedAt)) summary.postedAt = value.postedAt;
  if (typeof value.incident === "string" && value.incident !== "") summary.incident = value.incident;
  const next = value.next;
  if (typeof value.note === "string" && value.note !== "") summary.note = value.note;
  if (isRecord(next) && typeof next.label === "string" && typeof next.due === "number" && Number.isFinite(next.due)) summary.next = { label: next.label, due: next.due };
  return summary;
}

/** The drafts index; entries that cannot be read are dropped (the drafts themselves are untouched). */
export function restoreIndex(raw: unknown): DraftIndex {
  if (!isRecord(raw)) return {};
  const index: DraftIndex = {};
  for (const [id, value] of Object.entries(raw)) {
    const summary = restoreSummary(id, value);
    if (summary) index[id] = summary;
  }
  return index;
}
