import { ITEM_NAMES, lessonName } from "../draft/catalogue.ts";
import type { Draft } from "../draft/schema.ts";
import { LESSON_LISTS } from "../draft/schema.ts";

/**
 * What an action item can address, by id, with the name the report shows:
 * "Contributing Factor #1", "What didn’t go well #2". Position numbers, not ids,
 * appear in the report, so reordering items renumbers the references.
 */
export function addressableNames(draft: Draft): Map<string, string> {
  const names = new Map<string, string>();
  draft.rootCauses.forEach((cause, i) => names.set(cause.id, ITEM_NAMES.rootCauses(i + 1)));
  for (const list of LESSON_LISTS) {
    draft.lessons[list].forEach((lesson, i) => names.set(lesson.id, lessonName(list, i + 1)));
  }
  return names;
}
