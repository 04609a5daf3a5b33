/**
 * fast-check generators for drafts the file schema accepts, with text that
 * leans on everything that can go wrong in Bugzilla's Markdown.
 */
import fc from "fast-check";
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  AUTHORS,
  DRAFT_FORMAT,
  DRAFT_VERSION,
  ISSUANCE_STOPPED,
  NOT_APPLICABLE_LISTS,
  REPORT_KINDS,
  REVOKED_VALUES,
  SOURCES,
  type Draft,
} from "../domain/draft/schema.ts";

const TRICKY = [
  "|", "\\|", "\n", "\n\n", "\r\n", "- ", "* ", "1. ", "2) ", "# ", "### Impact", "> ", "```", "~~~", "---", "===", "**", "*", "_",
  "`", "<br>", "<details>", "<script>alert(1)</script>", "<https://example.com/x>", "https://crt.sh/?id=1", "[link](https://example.com)",
  "[^1]", "- [ ] task", "~x~", "\\", "    ", "\t", "N/A", "bug 123", "é", "中文", "😀", "&amp;", "| a | b |\n|---|---|\n| 1 | 2 |", ":", "   - ",
];

/**
 * Whitespace as cmark-gfm tells it apart: tabs (up to 4 columns), form feed and
 * vertical tab (text, not indentation; spaces in a table delimiter row), CR
 * alone (a line ending), no-break and other Unicode spaces (text), mixed indentation.
 */
export const WHITESPACE = [
  "\t", " \t", "  \t", "   \t", "\t ", "\t\t", "\f", "\v", "\r", "\r\r", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u202f",
  "\u205f", "\u3000", "\ufeff", "\u2028", "\u2029", "\u0085", " \f", "\f ", "\v\t",
];

/** Lines that cmark-gfm reads as block syntax only when it measures whitespace its own way. */
const WHITESPACE_STRUCTURE = [
  "\n\t===", "\n\t---", "\n \t---", "\n   \t===", "\n\f---", "\n\v---\v", "\n---\f", "\n\f|---|", "\n\t|---",
  "\n\f\n---", "\n\u00a0\n===", "\n\v\n---", "\r===", "\r\t---", "\r\f---", "\t- ", "\t> ", "\t# ", "\t```", "\f- ", "-\t",
  "1.\t", "\u00a0- ", "\n\t\t", "\n    \t", "\f***", "\t***", "\t___",
];

const whitespaceRun = fc.array(fc.constantFrom(...WHITESPACE, " ", "  "), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));

export const trickyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 2, arbitrary: fc.constantFrom(...WHITESPACE_STRUCTURE) },
      { weight: 2, arbitrary: whitespaceRun },
      { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 2, arbitrary: fc.constantFrom("word", "two words", " ", "") },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

/** A value with whitespace of any kind around it (dates and times as people paste them). */
const padded = (value: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.tuple(whitespaceRun, value, whitespaceRun).map((parts) => parts.join("")) });

const text = fc.oneof({ weight: 3, arbitrary: trickyText }, { weight: 1, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("N/A") });

const cleanDateTime = fc.oneof(
  fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16) + "Z"),
  fc.constantFrom("2025-03-04T19:20+02:00", "2025-03-04T17:20", "2025-03-04", "", "yesterday"),
);
const dateTime = padded(cleanDateTime);
const date = padded(fc.oneof(fc.constantFrom("2025-01-19", "", "2025-13-40", "soon"), cleanDateTime.map((d) => d.slice(0, 10))));
const id = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(..."abcdefghijklmnop0123456789") });
const count = fc.oneof(fc.nat({ max: 1_000_000 }), fc.constant<"N/A">("N/A"), fc.constant(null));
const choiceOf = <T extends string>(values: readonly T[]) => fc.constantFrom<"" | T>("", ...values);
const asWrittenText = fc.oneof(trickyText, fc.constantFrom("External report", "150 certificates referenced by 68 problem reports", "was not halted"));

/** An optional `asWritten` object with some of these keys (the v1 addition for text that is not of the field's type). */
const written = <K extends string>(...keys: K[]) =>
  fc.option(
    fc.dictionary(fc.constantFrom(...keys), asWrittenText, { maxKeys: keys.length }),
    { nil: undefined, freq: 3 },
  );
const sha = fc.oneof(fc.constant(""), fc.stringMatching(/^[0-9a-f]{64}$/));

/** Draft parts with ids still to be made unique. */
const draftArbitrary = fc.record({
  kind: fc.constantFrom(...REPORT_KINDS),
  author: fc.constantFrom(...AUTHORS),
  caOwner: text,
  title: text,
  bug: fc.option(fc.integer({ min: 1, max: 999_999_999 })),
  securitySensitive: fc.boolean(),
  revocationDelay: fc.boolean(),
  notApplicable: fc.option(fc.subarray([...NOT_APPLICABLE_LISTS]), { nil: undefined }),
  summary: fc.record({
    ccadbId: fc.oneof(fc.constant("A000123"), text),
    incidentDescription: text,
    nonComplianceStart: dateTime,
    nonComplianceIdentified: dateTime,
    nonComplianceEnd: dateTime,
    nonComplianceEndExpected: fc.boolean(),
    relevantPolicies: text,
    source: choiceOf(SOURCES),
    asWritten: written("source", "nonComplianceStart", "nonComplianceIdentified", "nonComplianceEnd"),
  }),
  impact: fc.record({
    totalCertificates: count,
    remainingValidCertificates: count,
    affectedCertificateTypes: text,
    incidentHeuristic: text,
    issuanceStopped: choiceOf(ISSUANCE_STOPPED),
    issuanceStoppedExplanation: text,
    analysis: text,
    additionalConsiderations: text,
    asWritten: written("totalCertificates", "remainingValidCertificates", "issuanceStopped"),
  }),
  timeline: fc.array(fc.record({ id, at: dateTime, event: text, asWritten: written("at") }), { maxLength: 5 }),
  relatedIncidents: fc.array(fc.record({ id, bug: fc.oneof(fc.integer({ min: 1, max: 9_999_999 }), fc.constant(null)), date, description: text, asWritten: written("bug", "date") }), { maxLength: 3 }),
  rootCauses: fc.array(fc.record({ id, title: text, description: text, timeline: text, detection: text, interaction: text, methodology: text }), { maxLength: 3 }),
  lessons: fc.record({
    wentWell: fc.array(fc.record({ id, text }), { maxLength: 3 }),
    didNotGoWell: fc.array(fc.record({ id, text }), { maxLength: 3 }),
    gotLucky: fc.array(fc.record({ id, text }), { maxLength: 3 }),
    additional: fc.array(fc.record({ id, text }), { maxLength: 3 }),
  }),
  actionItems: fc.array(
    fc.record({ id, description: text, kind: choiceOf(ACTION_KINDS), addresses: fc.array(id, { maxLength: 3 }), evaluationCriteria: text, dueDate: date, status: choiceOf(ACTION_STATUSES), asWritten: written("kind", "status", "dueDate") }),
    { maxLength: 4 },
  ),
  appendix: fc.record({
    text,
    certificateKind: fc.constantFrom<"tls" | "smime">("tls", "smime"),
    certificates: fc.array(
      fc.record({
        precertificateSha256: sha,
        certificateSha256: sha,
        subject: text,
        issuer: text,
        notBefore: dateTime,
        notAfter: dateTime,
        serial: fc.stringMatching(/^[0-9a-f]{0,40}$/),
        dnsNames: fc.array(fc.domain(), { maxLength: 3 }),
        revoked: fc.constantFrom(...REVOKED_VALUES),
        revocationDate: date,
        revocationReason: fc.constantFrom("", "keyCompromise", "superseded"),
      }),
      { maxLength: 2 },
    ),
  }),
  closure: fc.record({ incidentDescription: text, rootCauses: text, remediationDescription: text, commitmentSummary: text }),
});

/** Any draft the file schema accepts: ids made unique, references sometimes pointing at real items. */
export const anyDraftWithAsWritten: fc.Arbitrary<Draft> = draftArbitrary.map((parts) => {
  let n = 0;
  const unique = <T extends { id: string }>(item: T): T => ({ ...item, id: `${item.id}-${n++}` });
  const rootCauses = parts.rootCauses.map(unique);
  const lessons = {
    wentWell: parts.lessons.wentWell.map(unique),
    didNotGoWell: parts.lessons.didNotGoWell.map(unique),
    gotLucky: parts.lessons.gotLucky.map(unique),
    additional: parts.lessons.additional.map(unique),
  };
  const targets = [...rootCauses, ...lessons.didNotGoWell, ...lessons.additional, ...lessons.gotLucky].map((x) => x.id);
  const actionItems = parts.actionItems.map(unique).map((item, i) => ({
    ...item,
    addresses: i % 2 === 0 && targets.length > 0 ? [targets[i % targets.length]] : item.addresses,
  }));
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    ...parts,
    timeline: parts.timeline.map(unique),
    relatedIncidents: parts.relatedIncidents.map(unique),
    rootCauses,
    lessons,
    actionItems,
  };
});

/** Drop every `asWritten` (the optional v1 addition) from a draft. */
function withoutAsWritten(draft: Draft): Draft {
  const { asWritten: _s, ...summary } = draft.summary;
  const { asWritten: _i, ...impact } = draft.impact;
  const strip = <T extends { asWritten?: unknown }>({ asWritten: _w, ...rest }: T): Omit<T, "asWritten"> => rest;
  return {
    ...draft,
    summary,
    impact,
    timeline: draft.timeline.map(strip),
    relatedIncidents: draft.relatedIncidents.map(strip),
    actionItems: draft.actionItems.map(strip),
  };
}

/** Any draft the file schema accepts, without as-written values (which only some readers fill in). */
export const anyDraft: fc.Arbitrary<Draft> = anyDraftWithAsWritten.map(withoutAsWritten);
