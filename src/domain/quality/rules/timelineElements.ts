import type { Draft } from "../../draft/schema.ts";
import { quoteTimelineElement, TIMELINE_ELEMENT_QUOTES } from "../guidelines.ts";
import { AWARE_PATTERNS } from "../text/awarePatterns.ts";
import { REPORT_POSTED_PATTERNS } from "../text/reportPostedPatterns.ts";
import { firstMatch } from "../text/firstMatch.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

type ElementSpec = {
  /** What the timeline should show, completing "The timeline does not seem to show …". */
  label: string;
  /** The guidelines' bullet it comes from. */
  quote: keyof typeof TIMELINE_ELEMENT_QUOTES;
  /** Keyword heuristics: an event text matching any of them counts as showing the element. */
  patterns: readonly RegExp[];
  /** Whether the element applies to this incident ("if applicable" in the guidelines). */
  applies: (draft: Draft) => boolean;
};

const always = () => true;
const ended = (d: Draft) => d.summary.nonComplianceEnd.trim() !== "" && d.summary.nonComplianceEndExpected !== true;
const stopped = (d: Draft) => d.impact.issuanceStopped === "Yes";
const ISSUANCE = String.raw`\bissu(ance|ing)\b`;

/** Certificates were or will be revoked: the Whiteboard says revocation-delay, the Appendix lists revocations, or the Impact counts certificates. */
function revokes(d: Draft): boolean {
  if (d.revocationDelay === true) return true;
  if (d.appendix.certificates.some((c) => c.revoked !== "N/A")) return true;
  return typeof d.impact.totalCertificates === "number" && d.impact.totalCertificates > 0;
}

/**
 * The guidelines' "Expected Timeline elements", each found by keywords in
 * the entries' event text. English keyword heuristics: an event worded
 * differently is not found, so the warning says "does not seem to".
 * "All policy, process, and software changes that contributed" cannot be
 * recognised by keywords and is not checked.
 */
export const TIMELINE_ELEMENT_IDS = ["began", "aware", "problemReport", "scope", "issuanceStopped", "issuanceResumed", "ended", "revocation"] as const;
export type TimelineElement = (typeof TIMELINE_ELEMENT_IDS)[number];

export const TIMELINE_ELEMENTS = {
  began: {
    label: "when the incident began",
    quote: "began",
    patterns: [
      /\b(began|begins|begun|started|starts|start of|onset)\b/i,
      /\bfirst (affected|non-?compliant|mis-?issued|impacted|incorrect|faulty|erroneous)\b/i,
      /\bintroduc\w*/i,
    ],
    applies: always,
  },
  aware: {
    label: "when you became aware of the incident",
    quote: "aware",
    patterns: AWARE_PATTERNS,
    applies: always,
  },
  problemReport: {
    label: "when the Certificate Problem Report was received",
    quote: "problemReport",
    patterns: [
      /\bproblem report\b/i,
      /\bCPR\b/,
      /\breport(ed)? (by|from)\b/i,
      /\breceived (a|an|the) (report|e-?mail|message|notification|complaint)\b/i,
      /\b(e-?mail|message|report) (was )?received\b/i,
    ],
    applies: (d) => d.summary.source === "Third Party Reported",
  },
  scope: {
    label: "when you concluded and disclosed the scope and impact",
    quote: "scope",
    patterns: [
      /\b(scope|impact|affected certificates|extent)\b[^.]{1,60}\b(determin|conclud|confirm|disclos|publish|post|assess|identif|complet|final)\w*/i,
      /\b(determin|conclud|confirm|disclos|publish|post|assess|identif)\w*\b[^.]{1,60}\b(scope|impact|extent|all affected)\b/i,
      ...REPORT_POSTED_PATTERNS,
    ],
    applies: always,
  },
  issuanceStopped: {
    label: "when issuance stopped",
    quote: "issuance",
    patterns: [
      new RegExp(String.raw`\b(stop|halt|paus|suspend|ceas|disabl)\w*\b[^.]{1,40}` + ISSUANCE, "i"),
      new RegExp(ISSUANCE + String.raw`[^.]{1,40}\b(stop|halt|paus|suspend|ceas|disabl)\w*`, "i"),
    ],
    applies: stopped,
  },
  issuanceResumed: {
    label: "when issuance resumed",
    quote: "issuance",
    patterns: [
      new RegExp(String.raw`\b(resum|restart|re-?enabl|re-?start)\w*\b[^.]{1,40}` + ISSUANCE, "i"),
      new RegExp(ISSUANCE + String.raw`[^.]{1,40}\b(resum|restart|re-?enabl)\w*`, "i"),
    ],
    applies: (d) => stopped(d) && ended(d),
  },
  ended: {
    label: "when the incident ended",
    quote: "ended",
    patterns: [
      /\b(incident|non-?compliance|issue|problem|mis-?issuance)\b[^.]{1,40}\b(ended|ends|resolved|fixed|remediated|contained|over)\b/i,
      /\b(fix|patch|correction|remediation|change)\b[^.]{1,30}\b(deployed|released|rolled out|applied|went live)\b/i,
      /\b(deployed|released|rolled out|applied)\b[^.]{1,30}\b(fix|patch|correction)\b/i,
      /\blast (affected|non-?compliant|mis-?issued|impacted|incorrect|faulty)\b/i,
    ],
    applies: ended,
  },
  revocation: {
    label: "when revocation of the affected certificates was completed, or is expected to be",
    quote: "revocation",
    patterns: [
      /\brevo\w*\b[^.]{1,60}\b(complet|finish|done|conclud|expect|plan|schedul|estimat)\w*/i,
      /\b(complet|finish|conclud|expect|plan|schedul|estimat)\w*\b[^.]{1,60}\brevo\w*/i,
      /\b(all|remaining|last)\b[^.]{1,40}\brevoked\b/i,
      /\brevoked (all|the remaining|the last)\b/i,
    ],
    applies: revokes,
  },
} as const satisfies Record<TimelineElement, ElementSpec>;

/** The expected elements that apply to the draft and that no timeline entry seems to show. */
export function missingTimelineElements(draft: Draft): TimelineElement[] {
  const events = draft.timeline.map((entry) => entry.event);
  return TIMELINE_ELEMENT_IDS.filter((id) => {
    const spec: ElementSpec = TIMELINE_ELEMENTS[id];
    return spec.applies(draft) && !events.some((event) => firstMatch(event, spec.patterns) !== null);
  });
}

/**
 * Expected timeline elements the timeline does not seem to show. An empty
 * timeline is the readiness check's business, so nothing is reported then.
 */
export function timelineElements(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full" || draft.timeline.length === 0) return [];
  return missingTimelineElements(draft).map((id) => {
    const spec = TIMELINE_ELEMENTS[id];
    return warn(
      "timeline-elements",
      "timeline",
      `The timeline does not seem to show ${spec.label}. Add an entry with its time, or ignore this if the event is already there in other words.`,
      quoteTimelineElement(spec.quote),
    );
  });
}
