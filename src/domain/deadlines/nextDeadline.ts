import type { Deadline } from "./types.ts";

/** The earliest deadline still to meet whose date is known; null when none is. */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  let next: Deadline | null = null;
  for (const d of deadlines) {
    if (d.state === "met" || d.due === null) continue;
    if (next === null || next.due === null || d.due < next.due) next = d;
  }
  return next;
}
