/**
 * Text copied from a Full report into a Closure Summary, rewritten for a
 * closed incident: "is"/"are" become "was"/"were"; sentences about the
 * future ("will", "plan to") are left out and listed for the author (the
 * tool cannot know whether they came true, and must not say they did); and
 * references to sections a Closure Summary does not have ("(see Analysis)")
 * are removed. Line breaks are kept: Bugzilla shows each one. Pure.
 */

import { sentences } from "../quality/text/sentences.ts";

export type ClosedText = { text: string; leftOut: string[] };

/** Sections of a Full report that a Closure Summary does not have. */
const ABSENT = String.raw`(?:the\s+)?(?:Analysis|Appendix|Timeline|Impact|Lessons\s+Learned|Related\s+Incidents|Action\s+Items?(?:\s+#?\d+)?|Contributing\s+Factors?(?:\s+#?\d+)?|Root\s+Causes?\s+section|attached\s+CSV)`;
/** "(see Analysis)", "(see the Appendix below)", "(details in the Timeline)". */
const REFERENCE_IN_PARENS = new RegExp(String.raw`\s?\((?:see|cf\.?|as described in|described in|details in|listed in)\s+${ABSENT}[^()]{0,40}\)`, "gi");
/** A sentence that only points elsewhere: "See the Appendix for the list." */
const POINTER_SENTENCE = new RegExp(String.raw`^(?:see|refer to|details are in|the list is in)\s+${ABSENT}\b`, "i");
const FUTURE = /\b(?:will|shall|won['\u2019]t|going to|plans? to|intends? to|expects? to|is expected to|are expected to)\b/i;

const PAST: ReadonlyArray<[RegExp, string]> = [
  [/\bisn['\u2019]t\b/g, "wasn\u2019t"],
  [/\baren['\u2019]t\b/g, "weren\u2019t"],
  [/\bis\b/g, "was"],
  [/\bare\b/g, "were"],
  [/\bIs\b/g, "Was"],
  [/\bAre\b/g, "Were"],
];

function pastTense(sentence: string): string {
  return PAST.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), sentence);
}

/** One line (a paragraph line or a list item), rewritten; its future sentences go to `leftOut`. */
function closedLine(line: string, leftOut: string[]): string | null {
  const marker = /^(?:\s*(?:[-*+]|\d+[.)])\s+)?/.exec(line)?.[0] ?? "";
  const kept: string[] = [];
  for (const sentence of sentences(line.slice(marker.length))) {
    const clean = sentence.replace(REFERENCE_IN_PARENS, "").trim();
    if (clean === "" || POINTER_SENTENCE.test(clean)) continue;
    if (FUTURE.test(clean)) {
      leftOut.push(sentence.trim());
      continue;
    }
    kept.push(pastTense(clean));
  }
  if (kept.length === 0) return line.trim() === "" ? "" : null;
  return marker + kept.join(" ");
}

/** The text for a closed incident, and the sentences left out because they speak of the future. */
export function forClosedIncident(text: string): ClosedText {
  const leftOut: string[] = [];
  const lines = text
    .split("\n")
    .map((line) => closedLine(line, leftOut))
    .filter((line): line is string => line !== null);
  const joined = lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { text: joined, leftOut };
}
