/**
 * Readiness of one field: is it filled in (or N/A where the catalogue allows
 * it), and is it written the way the guidelines want it? Every field, single
 * or in a list, goes through `checkField` with its catalogue spec.
 */
import { NOT_APPLICABLE, inReportBody, isRequired, type FieldKey, type FieldSpec } from "./catalogue.ts";
import { isDate, isDateOrTime, isDateTime, lacksOffset } from "./datetime.ts";
import { wordList } from "../text/wordList.ts";
import { shortQuote } from "./problems.ts";
import type { Author, Draft, ReportKind } from "./schema.ts";

export type ReadinessContext = { kind: ReportKind; author: Author; revocationDelay: boolean };

/**
 * What is wrong with one field: `message` names the field and quotes the
 * guidelines (Review, the CLI); `brief` is one line shown at the field itself,
 * under its label and help, so it says only what is wrong.
 */
export type FieldProblem = { message: string; brief: string };

function problem(message: string, brief: string): FieldProblem {
  return { message, brief };
}

/** Empty text, whitespace, an unset count or choice, an empty list: nothing was written. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export function isNotApplicable(value: unknown): boolean {
  return typeof value === "string" && value.trim() === NOT_APPLICABLE;
}

const EXAMPLE_TIME = "2025-03-04T17:20Z";

/** Dates and times as the guidelines want them: "All times MUST be in UTC or UTC+local offset". */
function writingProblem(spec: FieldSpec, text: string): FieldProblem | null {
  const value = text.trim();
  const shown = shortQuote(value);
  const noOffset = problem(
    `${value} has no UTC offset; write ${value}Z or add +hh:mm (the guidelines: "All times MUST be in UTC or UTC+local offset")`,
    `${value} has no UTC offset: choose one.`,
  );
  switch (spec.input) {
    case "dateOrTime":
      if (isDateOrTime(value)) return null;
      if (lacksOffset(value)) return noOffset;
      return problem(
        `expected a date (YYYY-MM-DD) or a date and time with its UTC offset (e.g. ${EXAMPLE_TIME}), got ${shown}`,
        `Not a date: write YYYY-MM-DD, or a date and time with its UTC offset.`,
      );
    case "dateTime":
      if (isDateTime(value)) return null;
      if (lacksOffset(value)) return noOffset;
      if (isDate(value))
        return problem(
          `${value} has no time of day: the guidelines want times to "at least minute-level granularity", e.g. ${value}T17:20Z`,
          "The time of day is missing: times are given to the minute.",
        );
      return problem(`expected a date and time with its UTC offset, e.g. ${EXAMPLE_TIME}, got ${shown}`, "Not a date and time with its UTC offset.");
    case "date":
      if (isDate(value)) return null;
      return problem(`expected a date written YYYY-MM-DD, e.g. 2025-03-04, got ${shown}`, "Not a date: write YYYY-MM-DD, e.g. 2025-03-04.");
    case "line":
    case "markdown":
    case "choice":
    case "count":
    case "bug":
      return null;
  }
}

function optionalProblem(name: string): FieldProblem {
  return problem(
    `${name} is empty: it is optional, but the template keeps its line, and left empty the report shows "(not yet provided)". Write it, or write ${NOT_APPLICABLE} (the guidelines: "Fields that are not applicable MUST still be included and marked 'N/A'").`,
    `Optional, but its line stays in the report: fill it in, or mark it ${NOT_APPLICABLE}.`,
  );
}

function missingProblem(spec: FieldSpec, name: string): FieldProblem {
  if (spec.input === "choice" && spec.choices) {
    return problem(`${name} is not chosen: the guidelines expect ${wordList(spec.choices.map((c) => `"${c}"`), "or")}`, "Required: choose one.");
  }
  // A field required only because of a revocation delay is exactly the case where N/A will not do.
  const naHelps = spec.notApplicable && spec.requirement !== "revocation-delay" && !spec.help.includes(NOT_APPLICABLE);
  const na = naHelps ? ` If it does not apply, write ${NOT_APPLICABLE} (the guidelines: "Fields that are not applicable MUST still be included and marked 'N/A'").` : "";
  return problem(`${name} is empty: ${spec.help}${na}`, spec.notApplicable ? `Required: fill it in, or mark it ${NOT_APPLICABLE}.` : "Required: fill it in.");
}

/** Messages that say more than "is empty" for fields the guidelines explain specially. */
const MISSING: Partial<Record<FieldKey, FieldProblem>> = {
  "summary.nonComplianceEnd": problem(
    "\u201cNon-compliance end date\u201d is empty: give the date the non-compliance ended or, while it is ongoing, the date it is expected to end (and mark it as expected). The guidelines: the Timeline summary describes \u201cwhen the non-compliance ended or is expected to end\u201d.",
    "Required: the end date, or the expected end date while it is ongoing.",
  ),
};

/** Rules beyond presence and date format, for a field that has a value. */
const EXTRA: Partial<Record<FieldKey, (draft: Draft, value: unknown) => FieldProblem | null>> = {
  "summary.ccadbId": (_draft, value) =>
    typeof value === "string" && /^A\d{6}$/.test(value.trim())
      ? null
      : problem(
          `expected "A" followed by six digits, e.g. A000123 (the guidelines: the CCADB unique ID of the CA Owner's \u201cCA Owner/Certificate\u201d record "begins with 'A' followed by a six-digit number"), got ${shortQuote(value)}`,
          `Expected \u201cA\u201d followed by six digits, e.g. A000123.`,
        ),
  "impact.analysis": (draft, value) =>
    draft.revocationDelay && isNotApplicable(value)
      ? problem(
          "a revocation delay needs the Analysis, not N/A: the guidelines require, when the Whiteboard contains \u2018revocation-delay\u2019, \u201cthe factors and rationales behind the decision to delay revocation\u201d, with substantiated explanations of the harm to third parties and why the situation is exceptionally rare and unavoidable",
          "A revocation delay needs the Analysis, not N/A.",
        )
      : null,
  "impact.remainingValidCertificates": (draft) => {
    const { totalCertificates: total, remainingValidCertificates: remaining } = draft.impact;
    return typeof total === "number" && typeof remaining === "number" && remaining > total
      ? problem(
          `${remaining} "remaining valid" certificates is more than the ${total} certificates in total: "remaining valid" is the total "minus expired and revoked certificates"`,
          `More than the ${total} certificates in total.`,
        )
      : null;
  },
};

/** What a typed field expects, for the message about text written there that is not of its type. */
export function expectedOf(spec: FieldSpec): string {
  switch (spec.input) {
    case "choice":
      return `must be one of ${(spec.choices ?? []).join(", ")}`;
    case "count":
      return spec.notApplicable ? "must be a whole number of certificates, or N/A" : "must be a whole number";
    case "bug":
      return "must be a Bugzilla bug number";
    case "date":
      return "must be a date written YYYY-MM-DD";
    case "dateTime":
      return `must be a date and time with its UTC offset, e.g. ${EXAMPLE_TIME} (the guidelines: "All times MUST be in UTC or UTC+local offset")`;
    case "dateOrTime":
      return `must be a date (YYYY-MM-DD) or a date and time with its UTC offset, e.g. ${EXAMPLE_TIME}`;
    case "line":
    case "markdown":
      return "must be text";
  }
}

/**
 * The problem with text kept as written at a typed field (`asWritten`): it is
 * what the report says, so it is reported with what the field expects, e.g.
 * `“Source of incident disclosure” must be one of Self Reported, Third Party Reported, Audit; the report says "External report"`.
 */
export function writtenProblem(ctx: ReadinessContext, spec: FieldSpec, name: string, text: string): FieldProblem | null {
  if (!spec.kinds.includes(ctx.kind)) return null;
  const says = `the report says ${shortQuote(text.trim())}`;
  const what = expectedOf(spec);
  return problem(`${name} ${what}; ${says}`, `${what.charAt(0).toUpperCase()}${what.slice(1)}; ${says}.`);
}

/**
 * The problem with one field's value, or null. `name` says which field in
 * words (`"Date and time" of Timeline entry 4`); `key` is the catalogue key
 * of a single-valued field, for its special rules.
 */
export function checkField(
  draft: Draft,
  ctx: ReadinessContext,
  spec: FieldSpec,
  value: unknown,
  name: string,
  key?: FieldKey,
): FieldProblem | null {
  if (!spec.kinds.includes(ctx.kind)) return null;
  if (isBlank(value)) {
    // Every field is a line of the template: left empty, even an optional one, Bugzilla would show "(not yet provided)".
    if (!inReportBody(spec)) return isRequired(spec, ctx.kind, ctx.author, ctx.revocationDelay) ? ((key && MISSING[key]) ?? missingProblem(spec, name)) : null;
    if (spec.requirement === "optional") return optionalProblem(name);
    return (key && MISSING[key]) ?? missingProblem(spec, name);
  }
  if (isNotApplicable(value) && !spec.notApplicable) {
    return problem(`${name} cannot be ${NOT_APPLICABLE}: ${spec.help}`, `Cannot be ${NOT_APPLICABLE} here.`);
  }
  if (typeof value === "string" && !isNotApplicable(value)) {
    const format = writingProblem(spec, value);
    if (format) return format;
  }
  const extra = key ? EXTRA[key] : undefined;
  return extra ? extra(draft, value) : null;
}
