/**
 * Quality review: warnings about what makes a report weak in the eyes of the
 * guidelines, not errors that stop it from being posted (that is readiness).
 */
import type { Draft } from "../draft/schema.ts";

/** What root program reviewers send back (issue 23): questions that cost the CA another round in public. */
export const REVIEWER_RULE_IDS = [
  "root-cause-restates",
  "initial-report-musts",
  "impact-correction",
  "root-cause-introduced",
  "training-only-prevent",
  "template-version",
  "root-program-notices",
] as const;

export const RULE_IDS = [
  "training-not-systemic",
  "unsubstantiated-claim",
  "posturing",
  "evaluation-criteria",
  "prevent-or-mitigate",
  "lucky-without-action",
  "past-due-ongoing",
  "expected-end-passed",
  "timeline-time-of-day",
  "timeline-elements",
  "related-incidents",
  "reporter-privacy",
  "report-length",
  "accidental-bug-link",
  ...REVIEWER_RULE_IDS,
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type QualityContext = {
  /** Epoch milliseconds: "today" for due dates. */
  now: number;
  /** Characters of the rendered report, as Bugzilla counts them. */
  renderedLength: number;
  /**
   * How many CA Certificate Compliance bugs of the report's two-year window the
   * related incidents finder ranks as likely related to its title; absent
   * where the bug list is not loaded (the CLI, or while it loads).
   */
  relatedIncidentMatches?: number | null;
  /**
   * The Impact figures of the last report posted on the bug, and when it was
   * posted; absent where no version was marked posted (or the CLI is given no
   * `--posted` file).
   */
  posted?: PostedImpact | null;
};

export type PostedImpact = {
  totalCertificates: Draft["impact"]["totalCertificates"];
  /** When that report was posted: epoch milliseconds; null where not known. */
  postedAt: number | null;
};

export type QualityWarning = {
  rule: RuleId;
  /** JSON path of the field to fix, e.g. `rootCauses[0].description`; "" for the whole report. */
  path: string;
  message: string;
  /** The sentence of the guidelines (or Mozilla's wiki) behind the warning, quoted, with its source. */
  guideline: string;
  /** Text the app offers to add at `path` in one click (the author completes it). */
  suggestion?: string;
};

export type Rule = (draft: Draft, context: QualityContext) => QualityWarning[];
