/**
 * Stage 2, for a report written without its heading: the template's labels
 * ("Incident description: …", "Source of incident disclosure: …") or section
 * headings, with no "Preliminary Incident Report" above them. The report
 * heading is supplied (a Preliminary if only Summary fields are there, a Full
 * report otherwise) right above the first of them, and the paste is read as if
 * it had been written; what lies above stays outside the report.
 */
import { FIELDS, REPORT_HEADINGS, SECTION_IDS, SECTIONS, fieldSpec, fieldsOf, inReportBody, type SectionId } from "../draft/catalogue.ts";
import { SECTION_ALIASES } from "./headings.ts";
import { labelKey } from "./labels.ts";
import type { Line } from "./lines.ts";

/** So few labels could be chance: two template fields or sections at least. */
const MIN_FOUND = 2;
const MARKUP = /^[ \t]{0,3}(?:#{1,6}[ \t]+|[-*+\u2022][ \t]+)?(?:\*\*|__)?/;

const sectionNames = SECTION_IDS.map((id) => ({ id, keys: [SECTIONS[id].heading, ...(SECTION_ALIASES[id] ?? [])].map(labelKey) }));
const fieldLabels = (["summary", "impact"] as const).flatMap((section) =>
  fieldsOf(section)
    .filter((key) => inReportBody(fieldSpec(key)))
    .map((key) => ({ section: section as SectionId, key: labelKey(FIELDS[key].label) })),
);

/** The template section a line names: as a heading of its own, or by a field label ending in a colon. */
function sectionOfLine(text: string): SectionId | null {
  const bare = text.slice(0, 300).replace(MARKUP, "").trim();
  const whole = labelKey(bare.replace(/(?:\*\*|__)$/, ""));
  const named = sectionNames.find((s) => s.keys.includes(whole));
  if (named && !bare.includes(":")) return named.id;
  const colon = bare.indexOf(":");
  if (colon === -1) return null;
  const label = labelKey(bare.slice(0, colon).replace(/(?:\*\*|__)$/, ""));
  return fieldLabels.find((f) => f.key === label)?.section ?? null;
}

/** The lines with a report heading put above the template's first label, or null when fewer than two are there. */
export function withReportHeading(lines: readonly Line[]): Line[] | null {
  const found: Array<{ index: number; section: SectionId }> = [];
  lines.forEach((line, index) => {
    const section = sectionOfLine(line.text);
    if (section) found.push({ index, section });
  });
  if (found.length < MIN_FOUND) return null;
  const full = found.some((f) => f.section !== "summary");
  const first = found[0].index;
  // Bare, as copied from the page, unless the paste has Markdown headings: then as one.
  const markdown = lines.some((line) => /^ {0,3}#{1,6}[ \t]/.test(line.text));
  const heading = REPORT_HEADINGS[full ? "full" : "preliminary"];
  const supplied: Line = { n: lines[first].n, text: markdown ? `## ${heading}` : heading, supplied: true };
  // Fields before any section heading are the Summary's (or Impact's, if that is what they are).
  const headed = sectionNames.some((s) => s.keys.includes(labelKey(lines[first].text.replace(MARKUP, "").trim())));
  const section: Line[] = headed ? [] : [{ n: lines[first].n, text: markdown ? `### ${SECTIONS[found[0].section].heading}` : SECTIONS[found[0].section].heading, supplied: true }];
  return [...lines.slice(0, first), supplied, ...section, ...lines.slice(first)];
}

