/**
 * Which item of the preview shows the field being edited: a form field name
 * (`actionItems.2.status`) read as a section and the item's position in the
 * rendered report. The timeline is listed in time order, so its position is
 * looked up; the other lists keep the draft's order. A lesson is a position in
 * one of the four Lessons Learned lists (`group`: its index in LESSON_LISTS).
 */
import type { SectionId } from "../domain/draft/sectionIds.ts";
import { LESSON_LISTS, type Draft } from "../domain/draft/schema.ts";
import { shownTimeline } from "../domain/render/sections/timeline.ts";

export type EditingItem = { section: SectionId; position: number; group?: number };

const LISTS = ["timeline", "relatedIncidents", "rootCauses", "actionItems"] as const satisfies readonly SectionId[];

function isList(key: string): key is (typeof LISTS)[number] {
  return (LISTS as readonly string[]).includes(key);
}

export function editingItem(fieldName: string | null, draft: Pick<Draft, "timeline">): EditingItem | null {
  const parts = (fieldName ?? "").split(".");
  if (parts[0] === "lessons") {
    const group = LESSON_LISTS.findIndex((name) => name === parts[1]);
    const position = Number(parts[2]);
    return group >= 0 && parts[2] !== undefined && Number.isInteger(position) ? { section: "lessons", position, group } : null;
  }
  const [list, index] = parts;
  const n = Number(index);
  if (!isList(list) || index === undefined || !Number.isInteger(n)) return null;
  if (list !== "timeline") return { section: list, position: n };
  const id = draft.timeline[n]?.id;
  const position = shownTimeline(draft).findIndex((entry) => entry.id === id);
  return position < 0 ? null : { section: list, position };
}
