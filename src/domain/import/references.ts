/**
 * The names an action item uses for what it remediates, as the renderer writes
 * them (render/references.ts: "Contributing Factor #1", "What didn’t go well #2",
 * and `unknown item "id"` for an id that is not in the draft), and as people
 * write them ("Root Cause # 1", "What didn't go well 2", "Other #1").
 */
import { ITEM_NAMES, LESSON_FIELDS, lessonName } from "../draft/catalogue.ts";
import { LESSON_LISTS, type LessonList } from "../draft/schema.ts";
import type { Ref } from "./context.ts";
import { labelKey } from "./labels.ts";
import { isNotApplicable } from "./values.ts";

const PROBE = 987654321;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A sticky pattern for a numbered name, made from the function that writes it. */
function numbered(name: (n: number) => string): RegExp {
  return new RegExp(escapeRegExp(name(PROBE)).replace(String(PROBE), "(\\d+)"), "y");
}

const EXACT_NAMES: Array<{ pattern: RegExp; ref: (n: number) => Ref }> = [
  { pattern: numbered(ITEM_NAMES.rootCauses), ref: (n) => ({ kind: "rootCause", n }) },
  ...LESSON_LISTS.map((list) => ({ pattern: numbered((n) => lessonName(list, n)), ref: (n: number): Ref => ({ kind: "lesson", list, n }) })),
];

/** Written by the renderer for an id the draft does not have (render/sections/actionItems.ts). */
const UNKNOWN = 'unknown item "';
const SEPARATOR = ", ";

export type ReadRef = { ref: Ref } | { unreadable: string };

/**
 * The renderer's list, read back name by name. An unknown id may itself hold
 * `", `, so each possible end of it is tried until the rest of the list reads.
 */
function exactRefs(text: string, at = 0): Ref[] | null {
  if (at === text.length) return [];
  const next = (end: number) => (end === text.length ? end : text.startsWith(SEPARATOR, end) ? end + SEPARATOR.length : -1);
  for (const { pattern, ref } of EXACT_NAMES) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    const after = m ? next(pattern.lastIndex) : -1;
    const rest = after === -1 ? null : exactRefs(text, after);
    if (m && rest) return [ref(Number(m[1])), ...rest];
  }
  if (!text.startsWith(UNKNOWN, at)) return null;
  for (let q = text.indexOf('"', at + UNKNOWN.length); q !== -1; q = text.indexOf('"', q + 1)) {
    const after = next(q + 1);
    const rest = after === -1 ? null : exactRefs(text, after);
    if (rest) return [{ kind: "id", id: text.slice(at + UNKNOWN.length, q) }, ...rest];
  }
  return null;
}

/** "Contributing Factor": what the report calls a root cause, without its number. */
export function causeName(): string {
  return ITEM_NAMES.rootCauses(1).replace(/ ?#?1$/, "");
}

const CAUSE_WORDS = [causeName(), "Root Cause", "RC", "CF"].map(labelKey);
const LESSON_WORDS: Record<LessonList, string[]> = {
  wentWell: [LESSON_FIELDS.wentWell.label],
  didNotGoWell: [LESSON_FIELDS.didNotGoWell.label],
  gotLucky: [LESSON_FIELDS.gotLucky.label],
  // The field definitions call this list "Other".
  additional: [LESSON_FIELDS.additional.label, "Other"],
};

/** `Contributing Factor #2`, `RC no. 2`, `Other 3`: the name and the number at the end, or null. */
function nameAndNumber(token: string): { name: string; number: string } | null {
  const digits = /(?<!\d)\d+$/.exec(token);
  if (!digits) return null;
  const head = token.slice(0, digits.index).trimEnd();
  const marker = /(?:#|no\.?|number)$/i.exec(head);
  return { name: marker ? head.slice(0, marker.index).trimEnd() : head, number: digits[0] };
}

function writtenRef(token: string): ReadRef {
  const unknown = /^unknown item "(.*)"$/s.exec(token);
  if (unknown) return { ref: { kind: "id", id: unknown[1] } };
  const m = nameAndNumber(token);
  if (m) {
    const base = labelKey(m.name);
    const n = Number(m.number);
    if (CAUSE_WORDS.includes(base)) return { ref: { kind: "rootCause", n } };
    const list = LESSON_LISTS.find((l) => LESSON_WORDS[l].some((word) => labelKey(word) === base));
    if (list) return { ref: { kind: "lesson", list, n } };
  }
  return { unreadable: token };
}

/** The references in a "Corresponding Root Cause(s)" cell. */
export function readRefs(text: string, exact: boolean): ReadRef[] {
  if (isNotApplicable(text, exact ? "exact" : "lenient")) return [];
  if (exact) return exactRefs(text)?.map((ref) => ({ ref })) ?? [{ unreadable: text }];
  return text
    .split(/[,;&]|(?<=\s)and(?=\s)/i)
    .filter((token) => token.trim() !== "")
    .map((token) => writtenRef(token.trim()));
}
