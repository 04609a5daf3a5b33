/** Markdown headings, and which template section a heading names. */
import { SECTION_IDS, SECTIONS, type SectionId } from "../draft/catalogue.ts";
import { labelKey } from "./labels.ts";

// Only tried on lines of at most 400 characters (headingOf), so its backtracking on spaces stays small.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, see above
const HEADING = /^ ?(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

export type Heading = { level: number; key: string; text: string };

export function headingOf(text: string): Heading | null {
  // Headings are short; a long line is never one, and the pattern is only tried on a bounded slice.
  if (text.length > 400) return null;
  const m = HEADING.exec(text);
  if (!m) return null;
  const bare = m[2].replace(/\*\*|__/g, "");
  return { level: m[1].length, key: labelKey(bare), text: bare.trim() };
}

export const SECTION_LEVEL = 3;

/** Names used by hand, in the guidelines' field definitions and in the v2.0 template. */
export const SECTION_ALIASES: Partial<Record<SectionId, string[]>> = {
  rootCauses: ["Root Causes", "Root Cause(s)", "Root Cause"],
  closure: ["Incident Closure Summary", "Closure Summary"],
  timeline: ["Timeline of events"],
  relatedIncidents: ["Related Incident(s)", "Related Bugs"],
};

export function sectionOf(heading: Heading): SectionId | null {
  if (Math.abs(heading.level - SECTION_LEVEL) > 1) return null;
  return SECTION_IDS.find((id) => [SECTIONS[id].heading, ...(SECTION_ALIASES[id] ?? [])].some((name) => labelKey(name) === heading.key)) ?? null;
}
