/**
 * The wizard's steps: the template's sections, in order, plus Review. Which
 * steps a report shows follows from the sections its template has.
 */
import { SECTIONS } from "../draft/catalogue.ts";
import type { ReportKind } from "../draft/schema.ts";
import { parsePath } from "../draft/jsonPath.ts";
import type { Draft } from "../draft/schema.ts";
import type { Problem } from "../draft/problems.ts";

import { STEP_IDS, type StepId } from "./stepIds.ts";
export { STEP_IDS, type StepId } from "./stepIds.ts";

type StepSpec = {
  label: string;
  /** Report kinds that show this step. */
  kinds: readonly ReportKind[];
  /** Top-level draft keys whose problems belong to this step (what "Next" checks). */
  keys: readonly (keyof Draft)[];
};

export const STEPS = {
  // Every report needs the Bugzilla Summary line (CA Owner: title), so every kind has this step.
  summary: { label: "Summary", kinds: ["preliminary", "full", "closure"], keys: ["kind", "author", "caOwner", "title", "bug", "summary"] },
  impact: { label: "Impact", kinds: SECTIONS.impact.kinds, keys: ["impact", "revocationDelay"] },
  timeline: { label: "Timeline", kinds: SECTIONS.timeline.kinds, keys: ["timeline"] },
  relatedIncidents: { label: "Related Incidents", kinds: SECTIONS.relatedIncidents.kinds, keys: ["relatedIncidents"] },
  rootCauses: { label: "Root Causes", kinds: SECTIONS.rootCauses.kinds, keys: ["rootCauses"] },
  lessons: { label: "Lessons Learned", kinds: SECTIONS.lessons.kinds, keys: ["lessons"] },
  // A Closure needs every action item Complete or Canceled, so it shows them too.
  actionItems: { label: "Action Items", kinds: ["full", "closure"], keys: ["actionItems"] },
  appendix: { label: "Appendix", kinds: SECTIONS.appendix.kinds, keys: ["appendix"] },
  closure: { label: "Closure Summary", kinds: SECTIONS.closure.kinds, keys: ["closure"] },
  review: { label: "Review", kinds: ["preliminary", "full", "closure"], keys: [] },
} as const satisfies Record<StepId, StepSpec>;

export function stepsFor(kind: ReportKind): StepId[] {
  return STEP_IDS.filter((id) => (STEPS[id].kinds as readonly ReportKind[]).includes(kind));
}

/** The step where a problem is fixed; problems outside every step land on Review. */
export function stepOfProblem(problem: Problem, kind: ReportKind): StepId {
  return stepOfPath(problem.fixAt ?? problem.path, kind);
}

/** The step a JSON path belongs to; paths outside every step land on Review. */
export function stepOfPath(path: string, kind: ReportKind): StepId {
  const top = String(parsePath(path)[0] ?? "");
  const step = stepsFor(kind).find((id) => STEPS[id].keys.some((key: string) => key === top));
  return step ?? "review";
}

/** A JSON path as react-hook-form names the field: `actionItems[2].kind` -> `actionItems.2.kind`. */
export function fieldName(path: string): string {
  return parsePath(path).join(".");
}
