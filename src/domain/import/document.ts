/**
 * The report's outline: which kind it is (its top heading) and the lines under
 * each template section. Headings may be off by one `#`; the Appendix, the
 * template's last section, runs to the end, since its free text may hold
 * headings of its own.
 */
import { CLOSURE_SENTENCE, REPORT_HEADINGS, SECTION_IDS, SECTIONS, type SectionId } from "../draft/catalogue.ts";
import { REPORT_KINDS, type ReportKind } from "../draft/schema.ts";
import { skip, type ReadContext } from "./context.ts";
import { labelKey } from "./labels.ts";
import { paragraphs, type Line } from "./lines.ts";

const HEADING = /^ ?(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

type Heading = { level: number; key: string };

function headingOf(text: string): Heading | null {
  const m = HEADING.exec(text);
  return m ? { level: m[1].length, key: labelKey(m[2].replace(/\*\*|__/g, "")) } : null;
}

/** The level each heading has in the templates; one more or one fewer `#` is accepted. */
const REPORT_LEVEL: Record<ReportKind, number> = { preliminary: 2, full: 2, closure: 3 };
const SECTION_LEVEL = 3;

// Names used by hand and in the guidelines' field definitions.
const SECTION_ALIASES: Partial<Record<SectionId, string[]>> = {
  rootCauses: ["Root Causes", "Root Cause(s)"],
  closure: ["Incident Closure Summary", "Closure Summary"],
};

function reportKindOf(heading: Heading): ReportKind | null {
  return REPORT_KINDS.find((kind) => labelKey(REPORT_HEADINGS[kind]) === heading.key && Math.abs(heading.level - REPORT_LEVEL[kind]) <= 1) ?? null;
}

function sectionOf(heading: Heading): SectionId | null {
  if (Math.abs(heading.level - SECTION_LEVEL) > 1) return null;
  return SECTION_IDS.find((id) => [SECTIONS[id].heading, ...(SECTION_ALIASES[id] ?? [])].some((name) => labelKey(name) === heading.key)) ?? null;
}

/** The first report heading: the report's kind and where it starts. */
export function findReport(lines: readonly Line[]): { kind: ReportKind; index: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const heading = headingOf(lines[i].text);
    const kind = heading && reportKindOf(heading);
    if (kind) return { kind, index: i };
  }
  return null;
}

export type Section = { id: SectionId; lines: Line[] };

/** The sections, in the report's order; lines under no section, or under an unknown heading, are reported. */
export function splitSections(lines: readonly Line[], start: { kind: ReportKind; index: number }, ctx: ReadContext): Section[] {
  for (const paragraph of paragraphs(lines.slice(0, start.index))) skip(ctx, paragraph, "text before the report's heading");
  const sections: Section[] = [];
  const seen = new Set<SectionId>();
  let current: Section | null = null;
  let orphan: { lines: Line[]; reason: string } = { lines: [], reason: "text under no section of the template" };
  const flushOrphan = (next: { lines: Line[]; reason: string }) => {
    skip(ctx, orphan.lines, orphan.reason);
    orphan = next;
  };
  if (start.kind === "closure") {
    current = { id: "closure", lines: [] };
    sections.push(current);
    seen.add("closure");
  }
  const sentence = labelKey(CLOSURE_SENTENCE);
  for (const line of lines.slice(start.index + 1)) {
    const heading = headingOf(line.text);
    const id = heading && sectionOf(heading);
    // User text in the Appendix may hold any heading; by hand, a section placed after the Appendix ends it.
    const inAppendix = current?.id === "appendix" && (ctx.mode === "exact" || !id || seen.has(id));
    if (inAppendix && current) {
      current.lines.push(line);
      continue;
    }
    if (start.kind === "closure" && (line.text === CLOSURE_SENTENCE || (ctx.mode === "lenient" && labelKey(line.text) === sentence))) continue;
    if (heading && id) {
      flushOrphan({ lines: [], reason: "" });
      if (seen.has(id)) {
        current = null;
        orphan = { lines: [line], reason: `a second "${SECTIONS[id].heading}" section` };
        continue;
      }
      seen.add(id);
      current = { id, lines: [] };
      sections.push(current);
    } else if (heading && heading.level <= SECTION_LEVEL) {
      flushOrphan({ lines: [line], reason: reportKindOf(heading) ? "a second report heading" : "a heading that is not part of the template" });
      current = null;
    } else if (current) current.lines.push(line);
    else orphan.lines.push(line);
  }
  flushOrphan({ lines: [], reason: "" });
  return sections;
}
