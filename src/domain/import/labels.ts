/**
 * Finding a template label at the start of a bullet: `**Label:** value` as the
 * renderer writes it, and by hand `**Label**: value`, `**Label** value`,
 * `Label: value`, other letter case, curly or straight quotes, with or
 * without the question mark.
 */
import { isWhitespace, trimEndOf, trimEndWhere } from "../text/trim.ts";
import type { ReadMode } from "./types.ts";

/** A label's text for comparison: case, quotes, apostrophes, spacing and end punctuation do not matter. */
export function labelKey(text: string): string {
  const spaced = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/["\u201c\u201d]/g, "")
    .replace(/\s+/g, " ");
  return trimEndOf(spaced, " :?.").trimStart();
}

export type Lead = {
  /** The text in bold (or before the colon), without the colon. */
  label: string;
  /** What follows the label on its line. */
  rest: string;
  bold: boolean;
};

// With the s flag `(.*)$` always matches, so the lazy label is never retried: linear.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- the exchange the rule fears cannot happen, see above
const BOLD_LEAD = /^(\*\*|__)(.+?)\1:?(.*)$/s;
const PLAIN_LEAD = /^([^:*_`[\]]{1,160}):(.*)$/s;
// Copied from the page, a question label has no colon: "Was issuance stopped …, and why or why not? Yes, …".
// eslint-disable-next-line regexp/no-super-linear-backtracking -- s flag: `(.*)$` always matches, nothing to backtrack into
const QUESTION_LEAD = /^([^:?*_`[\]]{1,160}\?)[ \t]*(.*)$/s;

/**
 * Splits `**Label:** rest`. The exact reading drops only the one space the
 * renderer puts after the label; by hand any spacing goes.
 */
export function splitLead(first: string, mode: ReadMode): Lead | null {
  const bold = BOLD_LEAD.exec(first);
  if (bold) {
    const spaced = trimEndWhere(bold[2], isWhitespace);
    const label = spaced.endsWith(":") ? trimEndWhere(spaced.slice(0, -1), isWhitespace) : bold[2];
    const rest = bold[3];
    return { label, rest: mode === "exact" ? rest.replace(/^ /, "") : rest.trim(), bold: true };
  }
  if (mode === "exact") return null;
  const question = QUESTION_LEAD.exec(first.trim());
  // The template's "…, and why or why not?:" keeps its colon in plain text: it is not part of the answer.
  if (question) return { label: question[1].trim(), rest: question[2].replace(/^:/, "").trim(), bold: false };
  const plain = PLAIN_LEAD.exec(first.trim());
  return plain ? { label: plain[1].trim(), rest: plain[2].trim(), bold: false } : null;
}

/** The index of the label among `labels` (each with its accepted spellings), or -1. */
export function findLabel(label: string, labels: ReadonlyArray<readonly string[]>): number {
  const key = labelKey(label);
  return labels.findIndex((names) => names.some((name) => labelKey(name) === key));
}

/**
 * By hand, a known label written without its colon: alone on its line
 * ("Incident description", the text below), or followed by a value that
 * starts with a capital or a digit ("Incident Description Example PKI
 * selected…", as copied from the page). A sentence that merely starts with
 * the label's words ("Analysis shows…") is not one.
 */
export function bareLead(first: string, labels: ReadonlyArray<readonly string[]>): Lead | null {
  const t = first.trim().replace(/^(\*\*|__)(.{1,160}?)\1/, "$2");
  if (!/^[A-Z]/.test(t)) return null;
  for (const names of labels) {
    for (const name of names) {
      const head = t.slice(0, name.length);
      const after = t.slice(name.length);
      if (labelKey(head) === labelKey(name) && (after.trim() === "" || /^[ \t]+["\u201c(]?[A-Z0-9]/.test(after))) return { label: name, rest: after.trim(), bold: false };
    }
  }
  return null;
}
