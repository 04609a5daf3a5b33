import type { RuleId } from "./types.ts";

/** A short name per rule, for a warnings panel or `--warnings` output. */
export const RULE_TITLES = {
  "training-not-systemic": "Human error or training without a system change",
  "unsubstantiated-claim": "Claim that cannot be substantiated",
  posturing: "Blaming others or downplaying severity",
  "evaluation-criteria": "Evaluation criteria missing or not measurable",
  "prevent-or-mitigate": "No Prevent or Mitigate action item",
  "lucky-without-action": "“Where we got lucky” without an action item",
  "past-due-ongoing": "Past due but still Ongoing",
  "expected-end-passed": "Expected end date has passed",
  "timeline-time-of-day": "Timeline entry without a time of day",
  "timeline-elements": "Expected timeline element not found",
  "related-incidents": "No related incidents",
  "reporter-privacy": "Reporter may be identified",
  "report-length": "Longer than Bugzilla accepts",
  "accidental-bug-link": "Text Bugzilla turns into a link",
} as const satisfies Record<RuleId, string>;
