/**
 * Draft -> Markdown for the three CCADB templates, ready to paste into Bugzilla.
 * Every field of the kind's template appears, in order; empty ones read N/A.
 */
import { CLOSURE_SENTENCE, REPORT_HEADINGS, SECTION_IDS, SECTIONS, type SectionId } from "../draft/catalogue.ts";
import type { Draft, ReportKind } from "../draft/schema.ts";
import { SECTION_RENDERERS } from "./sections/index.ts";

/** The sections a report of this kind shows, in template order. */
export function sectionsFor(kind: ReportKind): SectionId[] {
  return SECTION_IDS.filter((id) => (SECTIONS[id].kinds as readonly ReportKind[]).includes(kind));
}

export function renderSection(draft: Draft, id: SectionId): string {
  return SECTION_RENDERERS[id](draft);
}

export function renderReport(draft: Draft): string {
  if (draft.kind === "closure") {
    // The Closure template is one `###` section and a closing sentence, no `##` heading.
    return `### ${REPORT_HEADINGS.closure}\n\n${renderSection(draft, "closure")}\n\n${CLOSURE_SENTENCE}\n`;
  }
  const parts = [`## ${REPORT_HEADINGS[draft.kind]}`];
  for (const id of sectionsFor(draft.kind)) {
    parts.push(`### ${SECTIONS[id].heading}`, renderSection(draft, id));
  }
  return `${parts.join("\n\n")}\n`;
}
