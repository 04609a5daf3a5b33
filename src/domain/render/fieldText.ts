import { fieldWrittenText } from "../draft/asWritten.ts";
import { FIELDS, NOT_APPLICABLE, type FieldKey, type FieldSpec } from "../draft/catalogue.ts";
import { displayDateOrTime } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";
import { bulletColumn, guardUnderAppLine } from "./markdown.ts";

/** The raw value at a catalogue key, which is the field's JSON path in the draft. */
export function fieldValue(draft: Draft, key: FieldKey): unknown {
  let value: unknown = draft;
  for (const part of key.split(".")) {
    value = typeof value === "object" && value !== null ? Object.getOwnPropertyDescriptor(value, part)?.value : undefined;
  }
  return value;
}

/** Fields whose text is built from more than their own value. */
const COMPOSED: Partial<Record<FieldKey, (draft: Draft) => string>> = {
  "summary.nonComplianceEnd": (draft) => {
    const end = fieldWrittenText(draft, "summary.nonComplianceEnd") ?? displayDateOrTime(draft.summary.nonComplianceEnd);
    return end !== "" && end !== NOT_APPLICABLE && draft.summary.nonComplianceEndExpected ? `${end} (expected)` : end;
  },
  // The template has one line for "Was issuance stopped…, and why or why not?": "Yes. Because…".
  "impact.issuanceStopped": (draft) => {
    const { issuanceStoppedExplanation } = draft.impact;
    // As written ("was not halted") it is the report's answer, shown exactly.
    const issuanceStopped = fieldWrittenText(draft, "impact.issuanceStopped")?.trim() ?? draft.impact.issuanceStopped;
    const why = issuanceStoppedExplanation.trim();
    if (issuanceStopped === "") return why;
    if (why === "") return issuanceStopped;
    const stop = /[.!?:;]$/.test(issuanceStopped) ? "" : ".";
    // A top-level bullet of the Impact list (`renderFieldList`).
    if (!/^\s*(?:[-+*>#|]|\d+[.)]|```)/.test(why)) return `${issuanceStopped}${stop} ${why}`;
    return `${issuanceStopped}${stop}\n${guardUnderAppLine(why, bulletColumn(0))}`;
  },
};

/** How a field's value reads in the report: its as-written text if any, else its value ("" when missing). */
export function fieldText(draft: Draft, key: FieldKey): string {
  const composed = COMPOSED[key];
  if (composed) return composed(draft);
  const written = fieldWrittenText(draft, key);
  if (written !== null) return written;
  const value = fieldValue(draft, key);
  if (value === null || value === undefined) return "";
  const text = String(value);
  const spec: FieldSpec = FIELDS[key];
  return spec.input === "dateOrTime" || spec.input === "dateTime" ? displayDateOrTime(text) : text;
}

/** Fields that are part of another field's line and have none of their own. */
export const FOLDED_INTO: Partial<Record<FieldKey, FieldKey>> = {
  "impact.issuanceStoppedExplanation": "impact.issuanceStopped",
};
