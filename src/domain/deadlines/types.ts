/** Deadlines of an incident: when the next thing is due on the bug, counted as the guidelines v3.2 count. */

export const DEADLINE_IDS = ["preliminary", "full", "response", "update", "revocation-update", "revocation", "closure"] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

/**
 * - open: still to do (its date may not be known yet: see `ask`);
 * - overdue: its date has passed;
 * - done: met (the report posted, the question answered, the certificates revoked);
 * - not-applicable: it does not apply to this incident now (`counted` says why).
 */
export const DEADLINE_STATES = ["open", "overdue", "done", "not-applicable"] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** A fact the deadline needs and the author has not given: asked at the deadline, never guessed. */
export type MissingFact = {
  fact: "becameAwareAt" | "whiteboard";
  question: string;
};

export type Deadline = {
  id: DeadlineId;
  label: string;
  /** Epoch milliseconds, or null when it has no date (not known yet, or nothing is due). */
  due: number | null;
  /** The Whiteboard's "Next update" date when that is what is due (`YYYY-MM-DD`, until the end of that day, UTC). */
  dueDate?: string;
  state: DeadlineState;
  /** What it is counted from and where that fact came from: "72 hours after 2025-10-01 08:00 UTC (became aware: the incident record)". */
  counted: string;
  /** The guidelines' sentence it rests on, quoted, with its section. */
  basis: string;
  ask: MissingFact | null;
  /** More the author should know: the other reading of a fact, what an update must say. */
  notes: string[];
};

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** A deadline within two days is "due soon" (for display). */
export const DUE_SOON_MS = 2 * DAY;
