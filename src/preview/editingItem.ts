/**
 * Which item of the preview shows the field being edited: a form field name
 * (`actionItems.2.status`) read as a section and the item's position in the
 * rendered report. The timeline is listed in time order, so its position is
 * looked up; the other lists keep the draft's order. A lesson is a position in
 * one of the four Lessons Learned lists (`group`: its index in LESSON_LISTS).
 * A single field (`summary.source`) is the bullet with its label.
 */
import { FIELDS, fieldSpec, inReportBody, type FieldKey } from "../domain/draft/catalogue.ts";
import type { SectionId } from "../domain/draft/sectionIds.ts";
import { LESSON_LISTS, type Draft } from "../domain/draft/schema.ts";
import { shownTimeline } from "../domain/render/sections/timeline.ts";

export type EditingItem = { section: SectionId; position: number; group?: number; label?: string };

const LISTS = ["timeline", "relatedIncidents", "rootCauses", "actionItems"] as const satisfies readonly SectionId[];

function isList(key: string): key is (typeof LISTS)[number] {
  return (LISTS as readonly string[]).includes(key);
}

function isFieldKey(key: string): key is FieldKey {
  return Object.hasOwn(FIELDS, key);
}

/** The bullet of a single field; its as-written words (`impact.asWritten.totalCertificates`) are the same bullet. */
function fieldItem(parts: readonly string[]): EditingItem | null {
  const key = parts[1] === "asWritten" ? `${parts[0]}.${parts[2]}` : `${parts[0]}.${parts[1]}`;
  if (!isFieldKey(key)) return null;
  const spec = fieldSpec(key);
  return inReportBody(spec) ? { section: spec.section, position: 0, label: spec.label } : null;
}

export function editingItem(fieldName: string | null, draft: Pick<Draft, "timeline" | "lessons">): EditingItem | null {
  const parts = (fieldName ?? "").split(".");
  if (parts[0] === "lessons") {
    const group = LESSON_LISTS.findIndex((name) => name === parts[1]);
    const index = Number(parts[2]);
    if (group < 0 || parts[2] === undefined || !Number.isInteger(index)) return null;
    // The report leaves blank lessons out (labelledList): count the ones it shows.
    const lessons = draft.lessons[LESSON_LISTS[group]];
    if (lessons[index] === undefined || lessons[index].text.trim() === "") return null;
    const position = lessons.slice(0, index).filter((lesson) => lesson.text.trim() !== "").length;
    return { section: "lessons", position, group };
  }
  const [list, index] = parts;
  const n = Number(index);
  if (!isList(list)) return fieldItem(parts);
  if (index === undefined || !Number.isInteger(n)) return null;
  if (list !== "timeline") return { section: list, position: n };
  const id = draft.timeline[n]?.id;
  const position = shownTimeline(draft).findIndex((entry) => entry.id === id);
  return position < 0 ? null : { section: list, position };
}
