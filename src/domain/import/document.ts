/**
 * Stages 2 and 3: find the report(s) in the paste and the template each
 * follows, choose the one to read, then split it into template sections.
 * Headings may be off by one `#`; the Appendix, the template's last section,
 * runs to the end of its report, since its free text may hold headings of its own.
 */
import { CLOSURE_SENTENCE, REPORT_HEADINGS, SECTIONS, type SectionId } from "../draft/catalogue.ts";
import type { ReportKind } from "../draft/schema.ts";
import { skip, type ReadContext } from "./context.ts";
import { headingOf, SECTION_LEVEL, sectionOf } from "./headings.ts";
import { labelKey } from "./labels.ts";
import { trimBlankLines, type Line } from "./lines.ts";
import { reportHeadingOf, type ReportHeading, type Template } from "./reportHeadings.ts";

export type ReportStart = {
  kind: ReportKind;
  template: Template;
  /** Index of the heading line. */
  index: number;
  /** Index after the report's last line: the next report, or the next Bugzilla comment. */
  end: number;
  heading: string;
  extra: string;
};

function reportOfLine(text: string): (ReportHeading & { heading: string }) | null {
  const heading = headingOf(text);
  if (!heading) return null;
  const report = reportHeadingOf(heading.text);
  return report && Math.abs(heading.level - report.level) <= 1 ? { ...report, heading: heading.text } : null;
}

/** Every report heading, each with the lines its report runs over. */
export function findReports(lines: readonly Line[]): ReportStart[] {
  const starts: ReportStart[] = [];
  lines.forEach((line, index) => {
    const report = reportOfLine(line.text);
    if (report) starts.push({ kind: report.kind, template: report.template, index, end: lines.length, heading: report.heading, extra: report.extra });
  });
  starts.forEach((start, i) => {
    const next = starts[i + 1]?.index ?? lines.length;
    const boundary = lines.findIndex((line, j) => j > start.index && j < next && line.boundary === true);
    start.end = boundary === -1 ? next : boundary;
  });
  return starts;
}

/** How many template sections a report has: the measure of "most complete". */
export function sectionCount(lines: readonly Line[], start: ReportStart): number {
  const found = new Set<SectionId>();
  for (const line of lines.slice(start.index + 1, start.end)) {
    const heading = headingOf(line.text);
    const id = heading && sectionOf(heading);
    if (id) found.add(id);
  }
  return found.size;
}

/** Of several reports in one paste, the most complete; of equally complete ones, the last (the latest revision). */
export function chooseReport(lines: readonly Line[], reports: readonly ReportStart[]): ReportStart | null {
  let best: ReportStart | null = null;
  let bestCount = -1;
  for (const report of reports) {
    // A Full report outranks a Preliminary one with as many sections, never one with more.
    const count = sectionCount(lines, report) * 2 + (report.kind === "full" ? 1 : 0);
    if (count >= bestCount) {
      best = report;
      bestCount = count;
    }
  }
  return best;
}

export type Section = { id: SectionId; heading: string; lines: Line[] };

/** The sections of one report, in its order; lines under no section, or under an unknown heading, are set aside under that heading. */
export function splitSections(lines: readonly Line[], start: ReportStart, ctx: ReadContext): Section[] {
  const sections: Section[] = [];
  const seen = new Set<SectionId>();
  let current: Section | null = null;
  type Orphan = { heading: string; headingLine?: Line; lines: Line[]; reason: string };
  let orphan: Orphan = { heading: start.heading, lines: [], reason: "text under no section of the template" };
  const flushOrphan = (next: Orphan) => {
    // A heading with nothing under it is kept itself, so its words are not lost.
    if (trimBlankLines(orphan.lines).length > 0) skip(ctx, orphan.lines, orphan.reason, orphan.heading);
    else if (orphan.headingLine) skip(ctx, [orphan.headingLine], orphan.reason, orphan.heading);
    orphan = next;
  };
  if (start.kind === "closure") {
    current = { id: "closure", heading: start.heading, lines: [] };
    sections.push(current);
    seen.add("closure");
  }
  const sentence = labelKey(CLOSURE_SENTENCE);
  for (const line of lines.slice(start.index + 1, start.end)) {
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
      flushOrphan({ heading: heading.text, lines: [], reason: "" });
      if (seen.has(id)) {
        current = null;
        orphan = { heading: heading.text, headingLine: line, lines: [], reason: `a second "${SECTIONS[id].heading}" section` };
        continue;
      }
      seen.add(id);
      current = { id, heading: heading.text, lines: [] };
      sections.push(current);
    } else if (heading && heading.level <= SECTION_LEVEL) {
      const other = reportHeadingOf(heading.text);
      flushOrphan({ heading: heading.text, headingLine: line, lines: [], reason: other ? "a second report heading" : "a section that is not part of the template" });
      current = null;
    } else if (current) current.lines.push(line);
    else orphan.lines.push(line);
  }
  flushOrphan({ heading: "", lines: [], reason: "" });
  return sections;
}

/** The report headings this reader knows, for the message when none is found. */
export function knownHeadings(): string[] {
  return [`## ${REPORT_HEADINGS.preliminary}`, `## ${REPORT_HEADINGS.full}`, `### ${REPORT_HEADINGS.closure}`, "## Incident Report (v2.0)"];
}
