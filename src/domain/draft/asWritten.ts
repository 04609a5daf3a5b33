/**
 * "As written" values: what the report says for a typed field (a choice, a
 * count, a date) when the text could not be read as that type, such as an
 * imported Source "External report" or a total "150 certificates referenced by
 * 68 problem reports". The text is kept exactly; the typed value stays unset.
 *
 * In the draft (an optional v1 addition) each object holding such fields may
 * carry `asWritten: { field: text }`. A non-empty `asWritten.X` is the
 * report's value for X: the renderer prints it, readiness reports it at X with
 * what is expected, and the wizard offers to turn it into a typed value.
 */
import { FIELDS, ITEM_FIELDS, type FieldKey, type FieldSpec } from "./catalogue.ts";
import { isDate, isDateOrTime, isDateTime } from "./datetime.ts";
import type { ActionItem, Draft, RelatedIncident, TimelineEntry } from "./schema.ts";

/** The fields that may hold an as-written value, per object that holds them. */
export const AS_WRITTEN_FIELDS = {
  summary: ["source", "nonComplianceStart", "nonComplianceIdentified", "nonComplianceEnd"],
  impact: ["totalCertificates", "remainingValidCertificates", "issuanceStopped"],
  timeline: ["at"],
  relatedIncidents: ["bug", "date"],
  actionItems: ["kind", "status", "dueDate"],
} as const satisfies {
  summary: readonly (keyof NonNullable<Draft["summary"]["asWritten"]>)[];
  impact: readonly (keyof NonNullable<Draft["impact"]["asWritten"]>)[];
  timeline: readonly (keyof NonNullable<TimelineEntry["asWritten"]>)[];
  relatedIncidents: readonly (keyof NonNullable<RelatedIncident["asWritten"]>)[];
  actionItems: readonly (keyof NonNullable<ActionItem["asWritten"]>)[];
};

export type AsWrittenHolder = keyof typeof AS_WRITTEN_FIELDS;
export type AsWrittenItemList = Exclude<AsWrittenHolder, "summary" | "impact">;

type Holder<K extends string> = { asWritten?: Partial<Record<K, string>> };

/** The as-written text of `key` on an object, or null when there is none (absent or blank). */
export function writtenText<K extends string>(holder: Holder<K>, key: K): string | null {
  const text = holder.asWritten?.[key];
  return text !== undefined && text.trim() !== "" ? text : null;
}

/**
 * The object with `asWritten.key` set to `text` (or removed when `text` is
 * blank); `asWritten` itself is dropped when nothing is left in it. Pure.
 */
export function withWrittenText<K extends string, H extends Holder<K>>(holder: H, key: K, text: string): H {
  const rest: Partial<Record<K, string>> = { ...holder.asWritten };
  delete rest[key];
  const asWritten: Partial<Record<K, string>> = text.trim() === "" ? rest : { ...rest, [key]: text };
  const copy = { ...holder };
  if (Object.keys(asWritten).length === 0) delete copy.asWritten;
  else copy.asWritten = asWritten;
  return copy;
}

/** The as-written text of `key` on a list item of any kind, or null. */
export function itemWrittenText(item: object, key: string): string | null {
  const asWritten: unknown = Reflect.get(item, "asWritten");
  if (typeof asWritten !== "object" || asWritten === null) return null;
  const text: unknown = Reflect.get(asWritten, key);
  return typeof text === "string" && text.trim() !== "" ? text : null;
}

/** Single-valued catalogue fields that may hold an as-written value, with where it is kept. */
const SINGLE = {
  "summary.source": (d: Draft) => writtenText(d.summary, "source"),
  "summary.nonComplianceStart": (d: Draft) => writtenText(d.summary, "nonComplianceStart"),
  "summary.nonComplianceIdentified": (d: Draft) => writtenText(d.summary, "nonComplianceIdentified"),
  "summary.nonComplianceEnd": (d: Draft) => writtenText(d.summary, "nonComplianceEnd"),
  "impact.totalCertificates": (d: Draft) => writtenText(d.impact, "totalCertificates"),
  "impact.remainingValidCertificates": (d: Draft) => writtenText(d.impact, "remainingValidCertificates"),
  "impact.issuanceStopped": (d: Draft) => writtenText(d.impact, "issuanceStopped"),
} satisfies Partial<Record<FieldKey, (d: Draft) => string | null>>;

export type AsWrittenFieldKey = keyof typeof SINGLE;

export function hasAsWritten(key: FieldKey): key is AsWrittenFieldKey {
  return Object.hasOwn(SINGLE, key);
}

/** The as-written text of a catalogue field, or null. */
export function fieldWrittenText(draft: Draft, key: FieldKey): string | null {
  return hasAsWritten(key) ? SINGLE[key](draft) : null;
}

/** The catalogue spec of an item field that may hold an as-written value. */
export function itemFieldSpec(list: AsWrittenItemList, key: string): FieldSpec | undefined {
  const spec: FieldSpec | undefined = Object.entries(ITEM_FIELDS[list]).find(([prop]) => prop === key)?.[1];
  return spec;
}

/** Every as-written value in the draft, with its JSON path and catalogue spec (for readiness and the CLI). */
export function allWrittenTexts(draft: Draft): Array<{ path: string; spec: FieldSpec; text: string; item?: { list: AsWrittenItemList; index: number } }> {
  const out: Array<{ path: string; spec: FieldSpec; text: string; item?: { list: AsWrittenItemList; index: number } }> = [];
  for (const key of Object.keys(SINGLE) as AsWrittenFieldKey[]) {
    const text = SINGLE[key](draft);
    if (text !== null) out.push({ path: key, spec: FIELDS[key], text });
  }
  const lists: Array<[AsWrittenItemList, readonly Holder<string>[]]> = [
    ["timeline", draft.timeline],
    ["relatedIncidents", draft.relatedIncidents],
    ["actionItems", draft.actionItems],
  ];
  for (const [list, items] of lists) {
    items.forEach((item, index) => {
      for (const key of AS_WRITTEN_FIELDS[list]) {
        const text = writtenText(item, key);
        const spec = itemFieldSpec(list, key);
        if (text !== null && spec) out.push({ path: `${list}[${index}].${key}`, spec, text, item: { list, index } });
      }
    });
  }
  return out;
}

/** A typed value read from as-written text when that is obvious, with the words it leaves over. */
export type Conversion = { value: string | number; rest: string };

/** Choices matched at the start of the text, by letters only: "Self Reported (internal review)" -> Self Reported. */
function leadingChoice(text: string, choices: readonly string[]): Conversion | null {
  const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
  for (const choice of choices) {
    const pattern = new RegExp(`^\\s*${choice.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s-]*")}\\b[\\s.,:;\u2014-]*`, "i");
    const m = pattern.exec(text);
    if (m && letters(m[0]).startsWith(letters(choice))) return { value: choice, rest: text.slice(m[0].length).trim() };
  }
  return null;
}

/** A whole number, when the text holds exactly one (`1,234 certificates`). */
function onlyNumber(text: string): Conversion | null {
  const numbers = [...text.matchAll(/\d{1,3}(?:,\d{3})+(?!\d)|\d+/g)];
  if (numbers.length !== 1) return null;
  const n = Number(numbers[0][0].replace(/,/g, ""));
  if (!Number.isSafeInteger(n)) return null;
  const rest = (text.slice(0, numbers[0].index) + text.slice(numbers[0].index + numbers[0][0].length)).trim();
  return { value: n, rest };
}

/**
 * The typed value as-written text obviously means, or null when a person has
 * to decide. Choices must lead the text; counts and bug numbers must be the
 * only number in it; dates must be the whole text.
 */
export function obviousValue(spec: FieldSpec, text: string): Conversion | null {
  const t = text.trim();
  switch (spec.input) {
    case "choice":
      return spec.choices ? leadingChoice(t, spec.choices) : null;
    case "count":
    case "bug":
      return onlyNumber(t);
    case "date":
      return isDate(t) ? { value: t, rest: "" } : null;
    case "dateTime":
      return isDateTime(t) ? { value: t, rest: "" } : null;
    case "dateOrTime":
      return isDateOrTime(t) ? { value: t, rest: "" } : null;
    case "line":
    case "markdown":
      return null;
  }
}
