/** Deadlines of an open incident report: when the next thing is due, and why. */

export const DEADLINE_IDS = [
  "initial-report",
  "full-report",
  "answer-questions",
  "next-update",
  "action-item-update",
  "revocation-delay-update",
  "revocation-delay-update-max",
  "br-revocation",
] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

/**
 * - upcoming: due later than `DUE_SOON_MS` from now;
 * - due-soon: due within `DUE_SOON_MS`;
 * - overdue: the due time has passed;
 * - unknown: the deadline applies but its starting point is not known;
 * - met: already satisfied (the report was posted, the certificates revoked).
 */
export type DeadlineState = "upcoming" | "due-soon" | "overdue" | "unknown" | "met";

export type Deadline = {
  id: DeadlineId;
  label: string;
  /** Epoch milliseconds, or null when the starting point is not known. */
  due: number | null;
  /** Why: the sentence of the guidelines (or the Baseline Requirements) it comes from, quoted. */
  basis: string;
  /** What it is counted from, in words: "72 hours after 2025-03-04 17:20 UTC (Non-compliance identified date)". */
  counted: string;
  state: DeadlineState;
};

/** Dates and DateTimes are strings as the draft format writes them (a Date counts from 00:00 UTC). */
export type DeadlineInput = {
  now: number;
  /** When the CA Owner became aware; default: the Non-compliance identified date, else the earliest timeline entry that reads as becoming aware. */
  awareAt?: string;
  /** When the first report (Preliminary or Full) was posted; default: a timeline entry that reads as posting a report. */
  initialDisclosureAt?: string;
  /** The Whiteboard's "Next update" date (YYYY-MM-DD). */
  nextUpdate?: string;
  /** When an action item last changed, was completed or delayed. */
  lastActionItemChangeAt?: string;
  /** When the last update (any report or comment) was posted on the bug. */
  lastPostedAt?: string;
  /** When the oldest unanswered question or comment was posted. */
  openQuestionAt?: string;
  /** TLS BR 4.9.1.1: 24 hours for the reasons listed first, otherwise 5 days (the default). */
  revocationDeadlineHours?: 24 | 120;
};

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** A deadline within two days is "due soon". */
export const DUE_SOON_MS = 2 * DAY;
