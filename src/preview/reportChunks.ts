/**
 * The report cut into the pieces the preview renders one by one: the top
 * heading, then one chunk per template section. Joined with blank lines they
 * are exactly `renderReport(draft)` (tested), so the preview shows the same
 * document; cut this way, a keystroke re-parses only the section it changed.
 */
import { CLOSURE_SENTENCE, REPORT_HEADINGS, SECTIONS } from "../domain/draft/catalogue.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { renderSection, sectionsFor } from "../domain/render/render.ts";
import { renderBlocks, type RenderBlocks } from "./renderBlocks.ts";

export type ReportChunk = {
  key: string;
  markdown: string;
  /** How the section's body may be rendered piece by piece (absent: render `markdown` whole). */
  heading?: string;
  body?: RenderBlocks;
};

export function reportChunks(draft: Draft): ReportChunk[] {
  if (draft.kind === "closure") {
    return [
      { key: "closure", markdown: `### ${REPORT_HEADINGS.closure}\n\n${renderSection(draft, "closure")}` },
      { key: "closing-sentence", markdown: CLOSURE_SENTENCE },
    ];
  }
  return [
    { key: "heading", markdown: `## ${REPORT_HEADINGS[draft.kind]}` },
    ...sectionsFor(draft.kind).map((id) => {
      const heading = `### ${SECTIONS[id].heading}`;
      const body = renderSection(draft, id);
      return { key: id, markdown: `${heading}\n\n${body}`, heading, body: renderBlocks(body) };
    }),
  ];
}

/** The whole report from its chunks: equal to `renderReport(draft)`. */
export function joinChunks(chunks: readonly ReportChunk[]): string {
  return `${chunks.map((chunk) => chunk.markdown).join("\n\n")}\n`;
}
