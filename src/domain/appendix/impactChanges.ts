/**
 * "Apply to Impact": what the certificate list suggests for the Impact
 * fields against what the report says now. Typed values are replaced only
 * when the author chooses to, and a suggestion that is not known (no rows,
 * or types of rows not read in this session) never blanks a field. Pure.
 */
import { writtenText, withWrittenText } from "../draft/asWritten.ts";
import { FIELDS } from "../draft/catalogue.ts";
import type { Draft } from "../draft/schema.ts";
import type { ImpactSuggestion } from "./impact.ts";

export const IMPACT_FIELDS = ["totalCertificates", "remainingValidCertificates", "affectedCertificateTypes"] as const;
export type ImpactField = (typeof IMPACT_FIELDS)[number];

/**
 * - `fill`: the report has nothing there; the suggestion goes in.
 * - `replace`: the report says something else; only when the author ticks it.
 * - `same`: nothing to do.
 * - `unknown`: the list cannot say (the field is left alone).
 */
export type ChangeState = "fill" | "replace" | "same" | "unknown";

export type ImpactChange = {
  field: ImpactField;
  label: string;
  /** What the report says now, as the report would show it ("" when empty). */
  current: string;
  /** What the certificate list suggests ("" when unknown). */
  suggested: string;
  state: ChangeState;
  /** Why a suggestion is unknown. */
  reason?: string;
};

type Impact = Draft["impact"];

function currentText(impact: Impact, field: ImpactField): string {
  if (field !== "affectedCertificateTypes") {
    const written = writtenText(impact, field);
    if (written !== null) return written;
  }
  const value = impact[field];
  return value === null ? "" : String(value).trim();
}

function suggestedText(s: ImpactSuggestion, field: ImpactField): { text: string; reason?: string } {
  if (s.totalCertificates === 0) return { text: "", reason: "no certificates in the list" };
  if (field === "affectedCertificateTypes" && s.rowsWithoutTypes > 0) {
    return { text: "", reason: `${s.rowsWithoutTypes} rows were not read in this session, so their types are unknown` };
  }
  return { text: String(s[field]).trim() };
}

/** Each Impact field with its current and suggested value and what applying would do. */
export function impactChanges(impact: Impact, suggestion: ImpactSuggestion): ImpactChange[] {
  return IMPACT_FIELDS.map((field) => {
    const label = FIELDS[`impact.${field}`].label;
    const current = currentText(impact, field);
    const { text: suggested, reason } = suggestedText(suggestion, field);
    const state: ChangeState = suggested === "" ? "unknown" : current === "" ? "fill" : current === suggested ? "same" : "replace";
    return { field, label, current, suggested, state, ...(reason ? { reason } : {}) };
  });
}

/**
 * Impact with the chosen fields set from the suggestion. A field whose
 * suggestion is unknown is never touched; an as-written count that is
 * replaced is replaced on purpose (the author ticked it, and Undo has it).
 */
export function applyImpactChanges(impact: Impact, suggestion: ImpactSuggestion, chosen: readonly ImpactField[]): Impact {
  let next: Impact = { ...impact };
  for (const change of impactChanges(impact, suggestion)) {
    if (!chosen.includes(change.field) || change.state === "unknown" || change.state === "same") continue;
    if (change.field === "affectedCertificateTypes") next.affectedCertificateTypes = suggestion.affectedCertificateTypes;
    else {
      next[change.field] = suggestion[change.field];
      next = withWrittenText(next, change.field, "");
    }
  }
  return next;
}

/** The fields applied without asking: the empty ones. */
export function fillsOnly(changes: readonly ImpactChange[]): ImpactField[] {
  return changes.filter((c) => c.state === "fill").map((c) => c.field);
}
