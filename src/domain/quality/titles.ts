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
  "root-cause-restates": "Root cause says what happened, not why",
  "initial-report-musts": "First report without impact or containment",
  "impact-correction": "Impact changed without a correction",
  "root-cause-introduced": "No timeline entry for when the root cause was introduced",
  "training-only-prevent": "Training as the only Prevent action item",
  "template-version": "Superseded template",
  "root-program-notices": "Root programs not yet notified",
} as const satisfies Record<RuleId, string>;
