/**
 * Bugzilla's Summary is one line that everyone reads in bug lists and mail
 * subjects. Bidirectional controls can make it read differently from what it
 * holds (a "Trojan Source" reordering), and a line break would cut it; so
 * neither reaches the summary line: bidi controls are removed, line breaks
 * become a space, and the user is told.
 */

/** Embeddings and overrides (U+202A–202E), isolates (U+2066–2069), the marks (U+200E/200F, U+061C). */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Line breaks as Unicode and cmark count them, and the other C0 controls (a summary is plain text). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BREAKS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g;

export type SummaryCleaning = { text: string; bidi: number; breaks: number };

/** The text with bidi controls removed and each run of line breaks (or other control characters) made one space. */
export function cleanSummaryText(text: string): SummaryCleaning {
  const bidi = text.match(BIDI)?.length ?? 0;
  const breaks = text.match(BREAKS)?.length ?? 0;
  if (bidi === 0 && breaks === 0) return { text, bidi, breaks };
  return { text: text.replace(BIDI, "").replace(BREAKS, " "), bidi, breaks };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What was left out of the summary line of `caOwner` and `title`, as a
 * sentence for the user, or null when nothing was.
 */
export function summaryTextNotice(draft: { caOwner: string; title: string }): string | null {
  const owner = cleanSummaryText(draft.caOwner);
  const title = cleanSummaryText(draft.title);
  const bidi = owner.bidi + title.bidi;
  const breaks = owner.breaks + title.breaks;
  if (bidi === 0 && breaks === 0) return null;
  const fields = [owner.bidi + owner.breaks > 0 ? "CA Owner" : "", title.bidi + title.breaks > 0 ? "the brief title" : ""].filter(Boolean).join(" and ");
  const what = [
    bidi > 0 ? `${plural(bidi, "bidirectional control character was", "bidirectional control characters were")} removed (they can make the line read differently from what it holds)` : "",
    breaks > 0 ? `${plural(breaks, "line break or control character was", "line breaks or control characters were")} replaced by a space (the summary is one line)` : "",
  ]
    .filter(Boolean)
    .join("; ");
  return `In the Bugzilla summary line, from ${fields}: ${what}. Check the summary line before posting.`;
}
