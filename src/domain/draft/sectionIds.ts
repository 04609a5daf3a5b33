/**
 * The report's sections, in template order: on their own (the catalogue
 * re-exports them) so that code needing only the ids, such as restoring a
 * stored draft's step, does not load the whole field catalogue.
 */
export const SECTION_IDS = [
  "summary",
  "impact",
  "timeline",
  "relatedIncidents",
  "rootCauses",
  "lessons",
  "actionItems",
  "appendix",
  "closure",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
