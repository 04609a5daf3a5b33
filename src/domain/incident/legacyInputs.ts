/**
 * Before the incident record, the deadline facts were typed per draft under
 * Review › Deadlines, in UTC, and kept in the browser beside the draft; and
 * "Mark as posted" kept only its time. Those facts move into the record the
 * first time such a draft is opened, so old drafts keep their deadlines.
 */
import type { Draft, IncidentRecord, Posted } from "../draft/schema.ts";
import { toIsoMinute } from "../draft/datetime.ts";

const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored UTC `datetime-local` value as a DateTime, or null. */
function utc(value: unknown): string | null {
  return typeof value === "string" && LOCAL_MINUTE.test(value) ? `${value}Z` : null;
}

/** The record those facts make, or null when there were none. `raw` is what was stored (any shape); `postedAt` when the draft was marked as posted. */
export function recordFromLegacyInputs(raw: unknown, kind: Draft["kind"], postedAt: number | null): IncidentRecord | null {
  const inputs = typeof raw === "object" && raw !== null ? raw : {};
  const get = (key: string): unknown => Reflect.get(inputs, key);
  const posted: Posted[] = [];
  const add = (p: Posted) => {
    if (!posted.some((q) => q.at === p.at)) posted.push(p);
  };
  const first = utc(get("initialDisclosureAt"));
  if (first) add({ kind: "preliminary", at: first });
  if (postedAt !== null) add({ kind: kind, at: toIsoMinute(postedAt) });
  const last = utc(get("lastPostedAt"));
  if (last) add({ kind: kind === "preliminary" ? "preliminary" : "update", at: last });
  const record: IncidentRecord = { posted, questions: [] };
  const question = utc(get("openQuestionAt"));
  if (question) record.questions.push({ askedAt: question, answeredAt: null });
  const changed = utc(get("lastActionItemChangeAt"));
  if (changed) record.actionItemChangedAt = changed;
  const next = get("nextUpdate");
  if (typeof next === "string" && DATE.test(next)) record.whiteboard = `Next update ${next}`;
  if (get("revocationDeadlineHours") === 24) record.revocationHours = 24;
  const empty = posted.length === 0 && record.questions.length === 0 && !record.actionItemChangedAt && !record.whiteboard && !record.revocationHours;
  return empty ? null : record;
}
