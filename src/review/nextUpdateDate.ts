import { utcDate } from "../domain/draft/datetime.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { DAY } from "../domain/deadlines/types.ts";

/**
 * The "Next update" date an update comment announces: the Whiteboard's when
 * the author gave one; otherwise the latest the guidelines allow counting
 * from this update, 7 days, or 3 for a revocation delay (its SHOULD).
 */
export function nextUpdateDate(draft: Draft, whiteboard: string, now: number): string {
  if (whiteboard !== "") return whiteboard;
  return utcDate(now + (draft.revocationDelay === true ? 3 : 7) * DAY);
}
