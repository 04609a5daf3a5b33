/** What an import placed and what it set aside, in the report's words, for the message shown after importing. */
import { FIELDS, REPORT_KIND_LABELS, SECTIONS, type FieldKey, type SectionId } from "../draft/catalogue.ts";
import type { Draft } from "../draft/schema.ts";
import { LESSON_LISTS } from "../draft/schema.ts";

/** `freeText`: no template was found, the text is the Incident description; every field needs checking. */
export type ImportSummary = { kind: string; placed: string[]; setAside: number; freeText?: true };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function filled(draft: Draft, key: FieldKey): boolean {
  const [top, leaf] = key.split(".");
  const value: unknown = leaf === undefined ? Reflect.get(draft, top) : Reflect.get(Reflect.get(draft, top) ?? {}, leaf);
  return value !== "" && value !== null && value !== undefined && value !== false;
}

export function importSummary(draft: Draft, read: { freeText?: true } = {}): ImportSummary {
  const placed: string[] = [];
  const fieldsIn = (section: SectionId) =>
    (Object.keys(FIELDS) as FieldKey[]).filter((key) => FIELDS[key].section === section && key.includes(".") && filled(draft, key)).length;
  for (const section of ["summary", "impact"] as const) {
    const n = fieldsIn(section);
    if (n > 0) placed.push(`${SECTIONS[section].heading}: ${count(n, "field", "fields")}`);
  }
  if (draft.timeline.length > 0) placed.push(`${SECTIONS.timeline.heading}: ${count(draft.timeline.length, "entry", "entries")}`);
  if (draft.relatedIncidents.length > 0) placed.push(`${SECTIONS.relatedIncidents.heading}: ${count(draft.relatedIncidents.length, "incident", "incidents")}`);
  if (draft.rootCauses.length > 0) placed.push(`${SECTIONS.rootCauses.heading}: ${count(draft.rootCauses.length, "contributing factor", "contributing factors")}`);
  const lessons = LESSON_LISTS.reduce((n, list) => n + draft.lessons[list].filter((l) => l.text !== "").length, 0);
  if (lessons > 0) placed.push(`${SECTIONS.lessons.heading}: ${count(lessons, "lesson", "lessons")}`);
  if (draft.actionItems.length > 0) placed.push(`${SECTIONS.actionItems.heading}: ${count(draft.actionItems.length, "action item", "action items")}`);
  if (draft.appendix.text !== "") placed.push(SECTIONS.appendix.heading);
  const closure = fieldsIn("closure");
  if (closure > 0) placed.push(`${SECTIONS.closure.heading}: ${count(closure, "field", "fields")}`);
  const summary: ImportSummary = { kind: REPORT_KIND_LABELS[draft.kind], placed, setAside: draft.unplaced?.length ?? 0 };
  return read.freeText ? { ...summary, freeText: true } : summary;
}
