import { lessonName } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/** "Where we got lucky" items that no action item (other than Canceled ones) addresses. */
export function luckyWithoutAction(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full") return [];
  const addressed = new Set(draft.actionItems.filter((a) => a.status !== "Canceled").flatMap((a) => a.addresses));
  const out: QualityWarning[] = [];
  draft.lessons.gotLucky.forEach((lesson, i) => {
    const text = lesson.text.trim();
    if (text === "" || text === "N/A" || addressed.has(lesson.id)) return;
    out.push(
      warn(
        "lucky-without-action",
        `lessons.gotLucky[${i}].text`,
        `“${lessonName("gotLucky", i + 1)}” has no action item. Add one so that you do not rely on luck next time, or say why none is possible.`,
      ),
    );
  });
  return out;
}
