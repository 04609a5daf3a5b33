/**
 * The sentences each warning rests on, quoted as written, with where they come
 * from, so an author can judge the warning against the source.
 */
import type { RuleId } from "./types.ts";

const CCADB = "CCADB Incident Reporting Guidelines v3.2";
const WIKI = "Mozilla wiki, Responding to an Incident";

type Quote = { text: string; source: string };

export const GUIDELINES = {
  "training-not-systemic": {
    text: "For example, it’s not sufficient to say that “human error” or “lack of training” was a root cause for the incident, nor that “training has been improved” as a solution.",
    source: WIKI,
  },
  "unsubstantiated-claim": {
    text: "Avoid making claims that are speculative or that cannot be corroborated (e.g. \"there is no security impact due to this issue.\")",
    source: `${CCADB}, Are there examples of "bad" practices?`,
  },
  posturing: {
    text: "Avoid blaming others or external factors. Resist downplaying the severity or implications of the incident.",
    source: `${CCADB}, Are there examples of "bad" practices?`,
  },
  "evaluation-criteria": {
    text: "Describe how the CA Owner will measure the effectiveness of the Action Item in addressing the Root Cause.",
    source: `${CCADB}, Action Items`,
  },
  "prevent-or-mitigate": {
    text: "CA Owners are encouraged to propose action items in all three categories, with an emphasis on Prevent and Mitigate.",
    source: `${CCADB}, Action Items`,
  },
  "lucky-without-action": {
    text: "Items here SHOULD generally also have corresponding Action Items, so that the CA Owner doesn’t have to rely on luck in the future.",
    source: `${CCADB}, Lessons Learned`,
  },
  "expected-end-passed": {
    text: "Describe (1) when the non-compliance began (2), when the non-compliance was detected, and (3) when the non-compliance ended or is expected to end.",
    source: `${CCADB}, Summary`,
  },
  "past-due-ongoing": {
    text: "Describe the status of the action item using either \"Ongoing\", \"Complete\", \"Delayed\", or \"Canceled\".",
    source: `${CCADB}, Action Items`,
  },
  "timeline-time-of-day": {
    text: "All times MUST be in UTC or UTC+local offset, and SHOULD have at least minute-level granularity.",
    source: `${CCADB}, Timeline`,
  },
  "timeline-elements": {
    text: "The timeline MUST include not just the actual discovery of the incident and subsequent events, but also relevant events occurring beforehand (e.g., something changed or was introduced).",
    source: `${CCADB}, Timeline`,
  },
  "related-incidents": {
    text: "The Related Incidents section includes a list of all incidents disclosed to the 'CA Certificate Compliance' Bugzilla Component related to this incident that have taken place minimally in the last two (2) years. \"Related Incidents\" MUST consider incidents beyond those corresponding to the CA Owner subject of this report.",
    source: `${CCADB}, Related Incidents`,
  },
  "reporter-privacy": {
    text: "If notified of an incident by an external, third party reporter, please respect their privacy by *only* disclosing their name if affirmatively approved to do so (e.g., say \"we received a report from a community member\" instead of explicitly naming individuals).",
    source: `${CCADB}, Summary`,
  },
  "report-length": {
    text: "A comment (and a bug description) is at most 65,535 characters, counted after trailing whitespace is stripped and CRLF becomes LF.",
    source: "bugzilla.mozilla.org limits, shared/spec/bugzilla-markdown.md",
  },
  "accidental-bug-link": {
    text: "Bugzilla links shorthand by itself in paragraphs, list items and table body cells (not in bold text, code or header cells): `bug 123`, `bug 123 comment 4`, `comment 4`, `attachment 123`, `CVE-2025-1234`, bare URLs.",
    source: "bugzilla.mozilla.org rendering, shared/spec/bugzilla-markdown.md",
  },
  "root-cause-restates": {
    text: "Focus on the \"why,\" not just the \"what\". RCAs go beyond identifying what went wrong and delve deeper into why it happened.",
    source: `${CCADB}, What does Root Cause Analysis consider?`,
  },
  "initial-report-musts": {
    text: "In its initial report (i.e, Preliminary or Full Incident Report) or reply to a third-party report, the CA Owner MUST: accurately disclose the impact of the incident (e.g., the corpus of then-known mis-issued certificates); and describe whether the incident should be considered contained (e.g., because certificate issuance was stopped) or ongoing.",
    source: `${CCADB}, When are reports expected?`,
  },
  "impact-correction": {
    text: "If the described impact of the incident is later found to be inaccurate, the CA Owner MUST clearly communicate a correction, identifying when each following change was detected, the circumstances that led to the inaccuracy, and how this will be avoided in the future.",
    source: `${CCADB}, When are reports expected?`,
  },
  "root-cause-introduced": {
    text: "Expected Timeline elements: All policy, process, and software changes that contributed to the Root Cause(s)",
    source: `${CCADB}, Timeline`,
  },
  "training-only-prevent": {
    text: "Training alone should not be seen as a sufficient mitigation, and focus should be made on removing error-prone manual steps from the system entirely.",
    source: WIKI,
  },
  "template-version": {
    text: "The following templates MUST be used when submitting incident reports or requesting report closures.",
    source: `${CCADB}, Report Templates`,
  },
  "root-program-notices": {
    text: "After opening a security-sensitive incident in Bugzilla, also email incident-reporting [at] ccadb [dot] org.",
    source: `${CCADB}, How do I submit a security-sensitive incident report?`,
  },
} as const satisfies Record<RuleId, Quote>;

/** `“sentence” (source)`: the form shown next to a warning. */
export function quoteGuideline(rule: RuleId): string {
  const { text, source } = GUIDELINES[rule];
  return `“${text}” (${source})`;
}

/** The timeline elements the guidelines list, quoted one by one. */
export const TIMELINE_ELEMENT_QUOTES = {
  began: "The time at which the incident began",
  aware: "The time at which the CA Owner became aware of the incident",
  problemReport: "The time at which the CA Owner received a Certificate Problem Report (if applicable)",
  scope: "The time at which the CA Owner concluded and disclosed the scope and impact of the incident",
  revocation:
    "The time(s) at which the CA Owner actually completed revocation of affected certificates (if applicable, but required when Whiteboard field contains ‘revocation-delay’)",
  ended: "The time at which the incident ended",
  issuance: "The times at which issuance ceased and resumed (if applicable)",
} as const;

export function quoteTimelineElement(element: keyof typeof TIMELINE_ELEMENT_QUOTES): string {
  return `“${TIMELINE_ELEMENT_QUOTES[element]}” (${CCADB}, Timeline: Expected Timeline elements)`;
}

/** A rule may rest on a second sentence of the same source. */
export const EXTRA_QUOTES = {
  trainingAlone: `“Training alone should not be seen as a sufficient mitigation, and focus should be made on removing error-prone manual steps from the system entirely.” (${WIKI})`,
} as const;
