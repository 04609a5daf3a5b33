/**
 * The incident's next deadline for the drafts index, at the time of a save.
 * Its own module, loaded on the first save: the deadline rules are not part
 * of the app's first download.
 */
import { computeDeadlines, nextDeadline } from "../domain/deadlines/computeDeadlines.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { recordOf } from "../domain/incident/record.ts";
import type { NextDeadline } from "./record.ts";

export function nextDeadlineOf(draft: Draft, at: number): NextDeadline | undefined {
  const next = nextDeadline(computeDeadlines(draft, recordOf(draft), at));
  return next && next.due !== null ? { label: next.label, due: next.due } : undefined;
}
