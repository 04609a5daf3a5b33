import { utcDate } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";
import { DAY } from "../deadlines/types.ts";
import { readWhiteboard } from "../incident/whiteboard.ts";

/**
 * The "Next update" date an update comment announces: the Whiteboard's when
 * it has one that reads one way; otherwise the latest the guidelines allow
 * counting from this update, 7 days, or 3 for a revocation delay (its SHOULD).
 */
export function nextUpdateDate(draft: Draft, now: number): string {
  const board = readWhiteboard(draft.incident?.whiteboard ?? "");
  if (board.nextUpdate && board.nextUpdate.readings.length === 1) return board.nextUpdate.readings[0];
  const delayed = draft.revocationDelay === true || board.revocationDelay;
  return utcDate(now + (delayed ? 3 : 7) * DAY);
}
