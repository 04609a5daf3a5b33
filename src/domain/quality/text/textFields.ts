import { FIELDS, ITEM_FIELDS, SECTIONS, usesField } from "../../draft/catalogue.ts";
import type { FieldKey } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { LESSON_LISTS } from "../../draft/schema.ts";

/** A piece of free text the author wrote, and the JSON path it lives at. */
export type TextField = { path: string; text: string };

/** The single-valued free-text fields worth reading for tone and content (not names, ids or policy references). */
const SINGLE_TEXT: ReadonlyArray<readonly [FieldKey, (d: Draft) => string]> = [
  ["title", (d) => d.title],
  ["summary.incidentDescription", (d) => d.summary.incidentDescription],
  ["impact.affectedCertificateTypes", (d) => d.impact.affectedCertificateTypes],
  ["impact.incidentHeuristic", (d) => d.impact.incidentHeuristic],
  ["impact.issuanceStoppedExplanation", (d) => d.impact.issuanceStoppedExplanation],
  ["impact.analysis", (d) => d.impact.analysis],
  ["impact.additionalConsiderations", (d) => d.impact.additionalConsiderations],
  ["appendix.text", (d) => d.appendix.text],
  ["closure.incidentDescription", (d) => d.closure.incidentDescription],
  ["closure.rootCauses", (d) => d.closure.rootCauses],
  ["closure.remediationDescription", (d) => d.closure.remediationDescription],
  ["closure.commitmentSummary", (d) => d.closure.commitmentSummary],
];

const ROOT_CAUSE_TEXT = ["title", "description", "timeline", "detection", "interaction", "methodology"] as const;

/**
 * Every free-text field that the draft's kind shows in the report, in template
 * order. Sections the kind does not render are kept in the draft but not read,
 * so a Preliminary report is not warned about its unused Full-report fields.
 */
export function textFields(draft: Draft): TextField[] {
  const out: TextField[] = [];
  const add = (path: string, text: string) => {
    if (text.trim() !== "") out.push({ path, text });
  };
  for (const [key, get] of SINGLE_TEXT) {
    if (usesField(FIELDS[key], draft.kind)) add(key, get(draft));
  }
  if (usesField(ITEM_FIELDS.timeline.event, draft.kind)) {
    draft.timeline.forEach((entry, i) => add(`timeline[${i}].event`, entry.event));
  }
  if (usesField(ITEM_FIELDS.relatedIncidents.description, draft.kind)) {
    draft.relatedIncidents.forEach((item, i) => add(`relatedIncidents[${i}].description`, item.description));
  }
  if (usesField(ITEM_FIELDS.rootCauses.description, draft.kind)) {
    draft.rootCauses.forEach((cause, i) => {
      for (const prop of ROOT_CAUSE_TEXT) add(`rootCauses[${i}].${prop}`, cause[prop]);
    });
  }
  if (usesField(SECTIONS.lessons, draft.kind)) {
    for (const list of LESSON_LISTS) {
      draft.lessons[list].forEach((lesson, i) => add(`lessons.${list}[${i}].text`, lesson.text));
    }
  }
  if (usesField(ITEM_FIELDS.actionItems.description, draft.kind)) {
    draft.actionItems.forEach((item, i) => {
      add(`actionItems[${i}].description`, item.description);
      add(`actionItems[${i}].evaluationCriteria`, item.evaluationCriteria);
    });
  }
  return out;
}
