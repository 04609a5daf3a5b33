/** Reading one value of the report back into the draft's types. */
import { NOT_APPLICABLE, NOT_YET_PROVIDED } from "../draft/catalogue.ts";
import { formatUtc, isDate, isDateTime, parseDateTime } from "../draft/datetime.ts";
import { normalizeText } from "../render/markdown.ts";
import type { Line } from "./lines.ts";
import type { ReadMode } from "./types.ts";
import { unguardLines } from "./unescape.ts";
import { timeAtStart } from "./writtenTime.ts";

/** The renderer's placeholder for a value not filled in (`_(not yet provided)_`): nothing was written. */
export function isMissing(text: string): boolean {
  const t = text.trim();
  return t === "" || t === `_${NOT_YET_PROVIDED}_` || t === `*${NOT_YET_PROVIDED}*` || t === NOT_YET_PROVIDED;
}

/** Cells of the guidelines' template's example rows that stand for a value (v3.2, Related Incidents and Action Items). */
const TEMPLATE_PLACEHOLDERS = new Set(["Value", "[Related Bug ID](Related Bug URL)", "Related Bug ID", "Date Related Bug was opened"]);

/** The template's own stand-in for a value, left in a copied template: not the author's words. */
export function isTemplatePlaceholder(text: string): boolean {
  return TEMPLATE_PLACEHOLDERS.has(text.trim());
}

/**
 * Whether words that do not fit their field (a Kind "Preventive and
 * detective", a Bug "our 2023 incident") are kept there as written: by hand
 * (lenient), and when they are the author's (not empty, not the
 * `_(not yet provided)_` placeholder, not the template's stand-in).
 */
export function keepsAsWritten(text: string, mode: ReadMode): boolean {
  return mode === "lenient" && !isMissing(text) && !isTemplatePlaceholder(text);
}

/** What means "nothing here": the renderer writes N/A; by hand also None, n/a, a dash. */
export function isNotApplicable(text: string, mode: ReadMode): boolean {
  const t = text.trim();
  if (isMissing(t)) return true;
  // Exactly: a value " N/A" renders with its space, so it is text, not N/A.
  if (mode === "exact") return text === NOT_APPLICABLE;
  return /^(?:n\/?a|none|not applicable|-+|\u2014)\.?$/i.test(t);
}

function commonIndent(lines: readonly string[]): number {
  const widths = lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  return widths.length === 0 ? 0 : Math.min(...widths);
}

/**
 * A labelled value: the rest of the label's line, or the lines below it (the
 * renderer's choice for text of several lines or block syntax).
 */
export function valueText(rest: string, body: readonly Line[], mode: ReadMode): string {
  const below = body.map((line) => line.text);
  if (rest.trim() !== "") return normalizeText([rest, ...below].join("\n"));
  let lines = unguardLines(below, true, body[0]?.column ?? 0);
  if (mode === "lenient") {
    // By hand, values are often indented by four spaces under a two-column bullet.
    const extra = commonIndent(lines);
    lines = lines.map((l) => l.slice(Math.min(extra, l.length)));
  }
  return normalizeText(lines.join("\n"));
}

/** The author wrote N/A (or, by hand, None, a dash…), as opposed to leaving the value out. */
export function saysNotApplicable(text: string, mode: ReadMode): boolean {
  return !isMissing(text) && isNotApplicable(text, mode);
}

/**
 * A text field: empty or the placeholder stays empty (not filled in); N/A
 * becomes "N/A" where the template allows it, and is otherwise kept as written.
 */
export function textValue(text: string, notApplicable: boolean, mode: ReadMode): string {
  if (isMissing(text)) return "";
  if (!isNotApplicable(text, mode)) return text;
  return notApplicable || mode === "exact" ? NOT_APPLICABLE : text;
}

/** The renderer's UTC form, `2025-03-04 17:20 UTC`, back to `2025-03-04T17:20Z`; null if it is not exactly that. */
export function fromDisplayedUtc(text: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}T${m[2]}Z`;
  const ms = parseDateTime(iso);
  return ms !== null && formatUtc(ms) === text ? iso : null;
}

const WRITTEN_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:(UTC|GMT|Z)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2}))?$/i;

/**
 * A date or time as people write it: `2025-03-04 17:20:33 UTC`, `2025-03-04T17:20Z`,
 * `2025-03-04 19:20 +02:00`, `2025-03-04 17:20 UTC+2`. A time with no zone is
 * kept as written (the guidelines require UTC or an offset; guessing would be
 * wrong) unless `utc` says the column is in UTC.
 */
export function readWrittenTime(text: string, utc = false): string {
  const t = text.trim();
  const exact = fromDisplayedUtc(t);
  if (exact) return exact;
  const m = WRITTEN_TIME.exec(t);
  if (!m) return t;
  const [, date, hour, minute, second, utcWord, sign1, hours1, minutes1, sign2, hours2, minutes2] = m;
  if (hour === undefined) return isDate(date) && utcWord === undefined && sign2 === undefined ? date : t;
  const time = `${hour.padStart(2, "0")}:${minute}${second ? `:${second}` : ""}`;
  let zone: string | null = null;
  if (sign1 !== undefined) zone = `${sign1}${hours1.padStart(2, "0")}:${minutes1 ?? "00"}`;
  else if (sign2 !== undefined) zone = `${sign2}${hours2}:${minutes2}`;
  else if (utcWord !== undefined || utc) zone = "Z";
  if (zone === null) return t;
  const iso = `${date}T${time}${zone === "+00:00" ? "Z" : zone}`;
  return isDateTime(iso) ? iso : t;
}

/** A date or time as people write it, in ISO form, when it has exactly one reading; null otherwise. */
export function readWrittenDate(text: string): string | null {
  const iso = readWrittenTime(text);
  if (isDate(iso) || isDateTime(iso)) return iso;
  const words = timeAtStart(text.trim());
  const after = words?.rest.trim();
  return words && words.iso !== null && (after === "" || after === ".") ? words.iso : null;
}

/** A Date or DateTime field: exactly as rendered, or (by hand) as people write it. */
export function dateOrTimeValue(text: string, mode: ReadMode): string {
  if (isMissing(text)) return "";
  if (mode === "exact" && text === NOT_APPLICABLE) return text;
  if (isNotApplicable(text, mode)) return "";
  return mode === "exact" ? (fromDisplayedUtc(text) ?? text) : readWrittenTime(text);
}

/** A certificate count: a whole number (by hand also `1,238`), N/A, or null when empty. */
export function countValue(text: string, mode: ReadMode): number | "N/A" | null | undefined {
  const t = text.trim();
  if (isMissing(t)) return null;
  if (isNotApplicable(t, mode)) return NOT_APPLICABLE;
  const digits = /^\d{1,3}(?:,\d{3})+$/.test(t) ? t.replace(/,/g, "") : t;
  if (!/^\d+$/.test(digits)) return undefined;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : undefined;
}

const CHOICE_SYNONYMS = new Map(Object.entries({ cancelled: "canceled", inprogress: "ongoing", completed: "complete", done: "complete" }));

/** One of `choices`, matched by letters only (`self-reported`, `Cancelled`); "" for N/A; undefined if none fits. */
export function choiceValue<T extends string>(text: string, choices: readonly T[], mode: ReadMode): T | "" | undefined {
  if (isNotApplicable(text, mode)) return "";
  const key = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
  const typed = key(text);
  const wanted = CHOICE_SYNONYMS.get(typed) ?? typed;
  const exact = choices.find((c) => c === text.trim());
  if (exact) return exact;
  if (mode === "exact") return undefined;
  return choices.find((c) => key(c) === wanted) ?? choices.find((c) => wanted.length >= 4 && key(c).startsWith(wanted));
}
