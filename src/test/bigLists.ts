/**
 * A Full report with `n` contributing factors, `n` action items (each
 * addressing one factor), `n` timeline entries and `n` lessons that need an
 * action item: for the list-size test and `npm run bench:lists` (issue 26:
 * readiness rebuilt the set of addressed ids for every item).
 */
import { readyDraft } from "../domain/draft/readyDraft.ts";
import type { Draft } from "../domain/draft/schema.ts";

export function draftWithLists(n: number): Draft {
  const draft = readyDraft("full");
  const [cause] = draft.rootCauses;
  const [action] = draft.actionItems;
  const [entry] = draft.timeline;
  const range = Array.from({ length: n }, (_, i) => i);
  draft.rootCauses = range.map((i) => ({ ...cause, id: `c${i}`, title: `Factor ${i}` }));
  draft.lessons.didNotGoWell = range.map((i) => ({ id: `d${i}`, text: `Lesson ${i}` }));
  draft.actionItems = range.map((i) => ({ ...action, id: `a${i}`, description: `Action ${i}`, addresses: [`c${i}`, `d${i}`, "x1"] }));
  draft.timeline = range.map((i) => ({ ...entry, id: `t${i}`, event: `Event ${i}` }));
  return draft;
}
