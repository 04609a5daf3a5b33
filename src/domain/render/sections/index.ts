import type { SectionId } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { renderActionItems } from "./actionItems.ts";
import { renderAppendix } from "./appendix.ts";
import { renderFieldList } from "./fields.ts";
import { renderLessons } from "./lessons.ts";
import { renderRelatedIncidents } from "./relatedIncidents.ts";
import { renderRootCauses } from "./rootCauses.ts";
import { renderTimeline } from "./timeline.ts";

export type SectionRenderer = (draft: Draft) => string;

/** One renderer per template section, looked up by section id. */
export const SECTION_RENDERERS = {
  summary: (draft) => renderFieldList(draft, "summary"),
  impact: (draft) => renderFieldList(draft, "impact"),
  timeline: renderTimeline,
  relatedIncidents: renderRelatedIncidents,
  rootCauses: renderRootCauses,
  lessons: renderLessons,
  actionItems: renderActionItems,
  appendix: renderAppendix,
  closure: (draft) => renderFieldList(draft, "closure"),
} satisfies Record<SectionId, SectionRenderer>;
