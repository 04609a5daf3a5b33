import type { DeadlineState } from "./types.ts";
import { DUE_SOON_MS } from "./types.ts";

/** The state of a deadline at `now`. */
export function deadlineState(due: number | null, now: number, met = false): DeadlineState {
  if (met) return "met";
  if (due === null) return "unknown";
  if (now > due) return "overdue";
  return due - now <= DUE_SOON_MS ? "due-soon" : "upcoming";
}
