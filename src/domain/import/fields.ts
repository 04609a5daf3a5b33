/** Writing one catalogue field into the draft, from its text in the report. */
import { fieldSpec, type FieldKey } from "../draft/catalogue.ts";
import type { Draft } from "../draft/schema.ts";
import { fieldText } from "../render/fieldText.ts";
import { orPlaceholder } from "../render/markdown.ts";
import type { ReadContext } from "./context.ts";
import { keepWritten } from "./written.ts";
import type { Line } from "./lines.ts";
import { choiceValue, countValue, dateOrTimeValue, isMissing, isNotApplicable, readWrittenDate, textValue } from "./values.ts";

type FieldValue = string | number | boolean | null;

/** Sets the value at a catalogue key, which is the field's JSON path in the draft (as render/fieldText.ts reads it). */
function setField(draft: Draft, path: string, value: FieldValue): void {
  const parts = path.split(".");
  let target: unknown = draft;
  for (const part of parts.slice(0, -1)) target = typeof target === "object" && target !== null ? Reflect.get(target, part) : undefined;
  if (typeof target === "object" && target !== null) Reflect.set(target, parts[parts.length - 1], value);
}

/** Whether the draft now renders this field exactly as the report shows it. */
function rendersAs(draft: Draft, key: FieldKey, text: string): boolean {
  return orPlaceholder(fieldText(draft, key)) === text;
}

/**
 * A date field's value. Exactly as rendered, or by hand: a date or time read
 * when it has one reading ("January 7, 2026", "2025-09-19 – 09:51 UTC",
 * "21/11/2022 14:00 UTC"); otherwise, and for the author's own N/A (the
 * template does not let these dates be N/A), kept as written, never emptied.
 */
function dateValue(ctx: ReadContext, key: FieldKey, text: string, line: Line): string {
  if (ctx.mode === "exact" || isMissing(text)) return dateOrTimeValue(text, ctx.mode);
  if (isNotApplicable(text, ctx.mode)) {
    keepWritten(ctx, key, text.trim(), line, `${fieldSpec(key).label} must be a date`);
    return "";
  }
  const read = readWrittenDate(text);
  if (read !== null) return read;
  keepWritten(ctx, key, text.trim(), line, `${fieldSpec(key).label} must be a date`);
  return "";
}

/** The date before "(expected)", or null. Done by hand: `/(.+?)\s*\(expected\)/` is quadratic on a run of spaces. */
function expectedDate(text: string, mode: ReadContext["mode"]): string | null {
  if (mode === "exact") return text.length > " (expected)".length && text.endsWith(" (expected)") ? text.slice(0, -" (expected)".length) : null;
  const body = text.endsWith(".") ? text.slice(0, -1) : text;
  if (!body.toLowerCase().endsWith("(expected)")) return null;
  const head = body.slice(0, -"(expected)".length);
  const date = head.trimEnd();
  return date !== "" ? date : head === "" ? null : head.slice(0, 1);
}

/** "Yes. Because…" as the choice and the explanation, or null. */
function yesNoSplit(text: string, mode: ReadContext["mode"]): { choice: "Yes" | "No"; why: string } | null {
  if (mode === "exact") {
    const m = /^(Yes|No)(?:\.[ \n]([\s\S]*))?$/.exec(text);
    return m ? { choice: m[1] === "Yes" ? "Yes" : "No", why: m[2] ?? "" } : null;
  }
  const m = /^(yes|no)\b[\s.,:;\u2013\u2014-]*/i.exec(text);
  return m ? { choice: m[1].toLowerCase() === "yes" ? "Yes" : "No", why: text.slice(m[0].length) } : null;
}

/**
 * Fields whose line holds more than their own value (render/fieldText.ts's
 * COMPOSED): each tries the split the renderer makes, and keeps it only if
 * it gives the same line back, so no report text is ever reinterpreted.
 */
const COMPOSED: Partial<Record<FieldKey, (ctx: ReadContext, text: string, line: Line) => void>> = {
  "summary.nonComplianceEnd": (ctx, text, line) => {
    const expected = expectedDate(text, ctx.mode);
    if (expected !== null) {
      setField(ctx.draft, "summary.nonComplianceEnd", dateValue(ctx, "summary.nonComplianceEnd", expected, line));
      setField(ctx.draft, "summary.nonComplianceEndExpected", true);
      if (ctx.mode === "lenient" || rendersAs(ctx.draft, "summary.nonComplianceEnd", text)) return;
    }
    setField(ctx.draft, "summary.nonComplianceEnd", dateValue(ctx, "summary.nonComplianceEnd", text, line));
    setField(ctx.draft, "summary.nonComplianceEndExpected", false);
  },
  // "Yes. Because…" is one line in the template: the choice, then the explanation.
  "impact.issuanceStopped": (ctx, text, line) => {
    const split = yesNoSplit(text, ctx.mode);
    if (split) {
      const { choice, why } = split;
      setField(ctx.draft, "impact.issuanceStopped", choice);
      // By hand: "Yes, we stopped…" becomes "Yes" and "We stopped…".
      setField(ctx.draft, "impact.issuanceStoppedExplanation", ctx.mode === "lenient" ? why.charAt(0).toUpperCase() + why.slice(1) : why);
      if (ctx.mode === "lenient" || rendersAs(ctx.draft, "impact.issuanceStopped", text)) return;
    }
    setField(ctx.draft, "impact.issuanceStopped", "");
    // By hand, an answer that is not Yes or No ("was not halted") is kept as the report wrote it.
    if (ctx.mode === "lenient" && !isMissing(text) && !isNotApplicable(text, ctx.mode)) {
      setField(ctx.draft, "impact.issuanceStoppedExplanation", "");
      keepWritten(ctx, "impact.issuanceStopped", text, line, "Issuance stopped must be Yes or No");
      return;
    }
    setField(ctx.draft, "impact.issuanceStoppedExplanation", isMissing(text) ? "" : text);
  },
};

/** Places a field's text in the draft; what does not fit its type is reported. */
export function assignField(ctx: ReadContext, key: FieldKey, text: string, line: Line): void {
  const composed = COMPOSED[key];
  if (composed) return composed(ctx, text, line);
  const spec = fieldSpec(key);
  switch (spec.input) {
    case "count": {
      const count = countValue(text, ctx.mode);
      if (count === undefined) keepWritten(ctx, key, text, line, `${spec.label} must be a whole number or N/A`);
      setField(ctx.draft, key, count ?? null);
      return;
    }
    case "choice": {
      const choice = choiceValue(text, spec.choices ?? [], ctx.mode);
      if (choice === undefined) keepWritten(ctx, key, text, line, `${spec.label} must be one of: ${(spec.choices ?? []).join(", ")}`);
      setField(ctx.draft, key, choice ?? "");
      return;
    }
    case "date":
    case "dateTime":
    case "dateOrTime":
      setField(ctx.draft, key, dateValue(ctx, key, text, line));
      return;
    case "line":
    case "markdown":
    case "bug":
      setField(ctx.draft, key, textValue(text, spec.notApplicable, ctx.mode));
      return;
  }
}

