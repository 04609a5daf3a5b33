import { LESSON_FIELDS } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { LESSON_LISTS } from "../../draft/schema.ts";
import { emptyListText } from "../emptySection.ts";
import { labelledList } from "../markdown.ts";

/** Four labelled bullets, each with a nested list of lessons (or N/A where the author marked the list N/A). */
export function renderLessons(draft: Draft): string {
  return LESSON_LISTS.map((list) =>
    labelledList(
      LESSON_FIELDS[list].label,
      draft.lessons[list].map((l) => l.text),
      emptyListText(draft, `lessons.${list}`),
    ),
  ).join("\n");
}
