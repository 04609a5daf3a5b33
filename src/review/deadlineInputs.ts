/**
 * What the deadlines need that the draft does not hold (the Whiteboard, what
 * was posted when), as the author types it. Times are typed in UTC.
 */
import { toIsoMinute } from "../domain/draft/datetime.ts";
import type { DeadlineInput } from "../domain/deadlines/types.ts";

export type DeadlineInputs = {
  /** The Whiteboard "Next update" date, `YYYY-MM-DD`. */
  nextUpdate: string;
  /** The remaining times as an `<input type="datetime-local">` gives them, read as UTC: `YYYY-MM-DDTHH:MM`. */
  initialDisclosureAt: string;
  lastPostedAt: string;
  lastActionItemChangeAt: string;
  openQuestionAt: string;
  revocationDeadlineHours: 24 | 120;
};

export const TIME_KEYS = ["initialDisclosureAt", "lastPostedAt", "lastActionItemChangeAt", "openQuestionAt"] as const;
export type TimeKey = (typeof TIME_KEYS)[number];

export const EMPTY_INPUTS: DeadlineInputs = {
  nextUpdate: "",
  initialDisclosureAt: "",
  lastPostedAt: "",
  lastActionItemChangeAt: "",
  openQuestionAt: "",
  revocationDeadlineHours: 120,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const text = (value: unknown, pattern: RegExp) => (typeof value === "string" && pattern.test(value) ? value : "");

/** Stored inputs, repaired: anything unreadable becomes empty, so a bad entry never breaks the panel. */
export function restoreInputs(value: unknown): DeadlineInputs {
  if (typeof value !== "object" || value === null) return EMPTY_INPUTS;
  const raw: Record<string, unknown> = { ...value };
  const out: DeadlineInputs = { ...EMPTY_INPUTS, nextUpdate: text(raw.nextUpdate, DATE) };
  for (const key of TIME_KEYS) out[key] = text(raw[key], LOCAL_MINUTE);
  if (raw.revocationDeadlineHours === 24) out.revocationDeadlineHours = 24;
  return out;
}

/** The minute an instant falls in, as a UTC datetime-local value. */
export function localMinute(epochMs: number): string {
  return toIsoMinute(epochMs).slice(0, 16);
}

const utc = (value: string) => (value === "" ? undefined : `${value}Z`);

/**
 * The domain's input: typed values in UTC; the last posted update defaults
 * to when the draft was last marked as posted.
 */
export function toDeadlineInput(inputs: DeadlineInputs, now: number, postedAt: number | null): DeadlineInput {
  return {
    now,
    nextUpdate: inputs.nextUpdate === "" ? undefined : inputs.nextUpdate,
    initialDisclosureAt: utc(inputs.initialDisclosureAt),
    lastPostedAt: utc(inputs.lastPostedAt) ?? (postedAt === null ? undefined : toIsoMinute(postedAt)),
    lastActionItemChangeAt: utc(inputs.lastActionItemChangeAt),
    openQuestionAt: utc(inputs.openQuestionAt),
    revocationDeadlineHours: inputs.revocationDeadlineHours,
  };
}
