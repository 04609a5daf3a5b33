/**
 * The quality rules, one per file, looked up by id. Each rule decides for
 * itself which report kinds it reads, so a Preliminary report is not told
 * about action items it does not have.
 */
import type { Rule, RuleId } from "../types.ts";
import { evaluationCriteria } from "./evaluationCriteria.ts";
import { luckyWithoutAction } from "./luckyWithoutAction.ts";
import { expectedEndPassed } from "./expectedEndPassed.ts";
import { pastDueOngoing } from "./pastDueOngoing.ts";
import { posturing } from "./posturing.ts";
import { preventOrMitigate } from "./preventOrMitigate.ts";
import { relatedIncidents } from "./relatedIncidents.ts";
import { reportLength } from "./reportLength.ts";
import { reporterPrivacy } from "./reporterPrivacy.ts";
import { timelineElements } from "./timelineElements.ts";
import { timelineTimeOfDay } from "./timelineTimeOfDay.ts";
import { trainingNotSystemic } from "./trainingNotSystemic.ts";
import { accidentalBugLink } from "./accidentalBugLink.ts";
import { unsubstantiatedClaim } from "./unsubstantiatedClaim.ts";
import { rootCauseRestates } from "./rootCauseRestates.ts";
import { initialReportMusts } from "./initialReportMusts.ts";
import { impactCorrection } from "./impactCorrection.ts";
import { rootCauseIntroduced } from "./rootCauseIntroduced.ts";
import { trainingOnlyPrevent } from "./trainingOnlyPrevent.ts";
import { templateVersion } from "./templateVersion.ts";
import { rootProgramNotices } from "./rootProgramNotices.ts";

export const RULES = {
  "training-not-systemic": trainingNotSystemic,
  "unsubstantiated-claim": unsubstantiatedClaim,
  posturing,
  "evaluation-criteria": evaluationCriteria,
  "prevent-or-mitigate": preventOrMitigate,
  "lucky-without-action": luckyWithoutAction,
  "past-due-ongoing": pastDueOngoing,
  "expected-end-passed": expectedEndPassed,
  "timeline-time-of-day": timelineTimeOfDay,
  "timeline-elements": timelineElements,
  "related-incidents": relatedIncidents,
  "reporter-privacy": reporterPrivacy,
  "report-length": reportLength,
  "accidental-bug-link": accidentalBugLink,
  "root-cause-restates": rootCauseRestates,
  "initial-report-musts": initialReportMusts,
  "impact-correction": impactCorrection,
  "root-cause-introduced": rootCauseIntroduced,
  "training-only-prevent": trainingOnlyPrevent,
  "template-version": (draft, context) => templateVersion(draft, context),
  "root-program-notices": rootProgramNotices,
} as const satisfies Record<RuleId, Rule>;
