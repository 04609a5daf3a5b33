/**
 * A field's name as the report shows it, from its JSON path:
 * `actionItems[2].evaluationCriteria` -> "Action Item #3 › Evaluation Criteria".
 * The wizard names problems and warnings this way; only the CLI prints paths.
 * Everything comes from the field catalogue, so a renamed label renames here too.
 */
import { FIELDS, ITEM_FIELDS, ITEM_NAMES, LESSON_FIELDS, SECTIONS, lessonName, type FieldKey, type ItemList, type SectionId } from "./catalogue.ts";
import { parsePath } from "./jsonPath.ts";
import { LESSON_LISTS, type LessonList } from "./schema.ts";

const SEPARATOR = " \u203a ";

const UNPLACED = "Text not placed in a field";

/** Draft keys that are not catalogue fields, by the name the wizard gives them. */
const OTHER_NAMES = new Map<string, string>([
  ["", "The report"],
  ["kind", "Report kind"],
  ["author", "Who is reporting"],
  ["revocationDelay", "Revocation delay"],
  ["securitySensitive", "Security-sensitive"],
  ["notApplicable", "Lists marked N/A"],
  ["unplaced", UNPLACED],
  ["summary.nonComplianceEndExpected", `${FIELDS["summary.nonComplianceEnd"].label} (expected)`],
  ["appendix.certificates", "Appendix certificates"],
  ["appendix.certificateKind", "Appendix certificate kind"],
  ["closure.checklist", "Closure checklist"],
  ["rootProgramNotices", "Root programs to notify"],
]);

function isFieldKey(key: string): key is FieldKey {
  return Object.hasOwn(FIELDS, key);
}

function isSection(key: string): key is SectionId {
  return Object.hasOwn(SECTIONS, key);
}

function isItemList(key: string): key is ItemList {
  return Object.hasOwn(ITEM_NAMES, key);
}

function isLessonList(key: string): key is LessonList {
  return (LESSON_LISTS as readonly string[]).includes(key);
}

/** `nonComplianceEndExpected` -> "Non compliance end expected": the last resort for a key without a label. */
function words(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function itemFieldLabel(list: ItemList, prop: string): string {
  const spec = Object.entries(ITEM_FIELDS[list]).find(([key]) => key === prop)?.[1];
  return spec ? spec.label : words(prop);
}

function join(...parts: string[]): string {
  return parts.join(SEPARATOR);
}

export function fieldTitle(path: string): string {
  const parts = parsePath(path);
  const dotted = parts.join(".");
  if (isFieldKey(dotted)) return FIELDS[dotted].label;
  const other = OTHER_NAMES.get(dotted);
  if (other !== undefined) return other;
  const [top, second, third] = parts;
  if (typeof top !== "string") return words(String(top));
  if (isItemList(top)) {
    if (typeof second !== "number") return SECTIONS[top].heading;
    const item = ITEM_NAMES[top](second + 1);
    return typeof third === "string" ? join(item, itemFieldLabel(top, third)) : item;
  }
  if (top === "lessons") {
    if (typeof second !== "string" || !isLessonList(second)) return SECTIONS.lessons.heading;
    return typeof third === "number" ? lessonName(second, third + 1) : LESSON_FIELDS[second].label;
  }
  if (top === "unplaced" && typeof second === "number") return `${UNPLACED} ${second + 1}`;
  if (top === "appendix" && second === "certificates" && typeof third === "number") return `Appendix certificate ${third + 1}`;
  if (isSection(top)) {
    const heading = SECTIONS[top].heading;
    return typeof second === "string" ? join(heading, words(second)) : heading;
  }
  return words(top);
}

/** A problem as the app shows it: the field's name, then what is wrong (the CLI's `formatProblem` prints the JSON path). */
export function describeProblem(problem: { path: string; message: string }): string {
  return problem.path === "" ? problem.message : `${fieldTitle(problem.path)}: ${problem.message}`;
}
