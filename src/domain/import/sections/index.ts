import { SECTIONS, type SectionId } from "../../draft/catalogue.ts";
import type { ReadContext } from "../context.ts";
import type { Line } from "../lines.ts";
import { readActionItems } from "./actionItems.ts";
import { readAppendix } from "./appendix.ts";
import { readFieldList } from "./fieldList.ts";
import { readLessons } from "./lessons.ts";
import { readRelatedIncidents } from "./relatedIncidents.ts";
import { readRootCauses } from "./rootCauses.ts";
import { readTimeline } from "./timeline.ts";

/** Reads the lines under a section's heading into the draft. */
export type SectionReader = (lines: readonly Line[], ctx: ReadContext) => void;

/** One reader per template section, looked up by section id (the renderers' mirror). */
export const SECTION_READERS = {
  summary: (lines, ctx) => readFieldList("summary", SECTIONS.summary.heading, lines, ctx),
  impact: (lines, ctx) => readFieldList("impact", SECTIONS.impact.heading, lines, ctx),
  timeline: readTimeline,
  relatedIncidents: readRelatedIncidents,
  rootCauses: readRootCauses,
  lessons: readLessons,
  actionItems: readActionItems,
  appendix: readAppendix,
  closure: (lines, ctx) => readFieldList("closure", SECTIONS.closure.heading, lines, ctx),
} satisfies Record<SectionId, SectionReader>;
