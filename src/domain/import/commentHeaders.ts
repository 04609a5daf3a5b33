/**
 * Bugzilla's comment headers in a paste of a bug's page: "Comment 3 • 2025-03-14
 * 16:30:00 UTC" (or "• 2 days ago"), "Description • …" for comment 0, with the
 * author's name and role on the lines just above. They are the page's, not
 * the report's: marked as boundaries, where a report ends, and read for the
 * comment number and time of each report found (the incident record's
 * "posted").
 */
import { labelKey } from "./labels.ts";
import { isBlank, type Line } from "./lines.ts";
import { readWrittenTime } from "./values.ts";

/** As the page shows it, the time may be missing or relative ("2 days ago"). */
const HEADER = /^(?:Comment (\d{1,6})\b|(Description)\s{1,3}[\u2022\u00b7]\s)/;
/** In Markdown only the full form counts, with the bullet and what follows it: a line "Comment 3" alone may be the report's own text. */
const STRICT_HEADER = /^(?:Comment \d{1,6}|Description)[ \t]{0,3}[\u2022\u00b7][ \t]{0,3}\S.{0,80}$/;
/** The lines above a comment header that belong to it (author's name, role). */
const MAX_HEADER_LINES = 3;
const CHROME = new Set(["reply", "edit", "collapse", "expand", "reporter", "assignee", "comment hidden", "bug creator"]);

export function isCommentHeader(text: string): boolean {
  return HEADER.test(text.trim());
}

/** A word of the page's own buttons and badges ("Reply", "Reporter") on a line of its own. */
export function isCommentChrome(text: string): boolean {
  return CHROME.has(labelKey(text));
}

/** Marks the header's lines above it (name, role) as part of it, in place. */
export function markLinesAbove(out: Line[]): void {
  for (let k = out.length - 1, taken = 0; k >= 0 && taken < MAX_HEADER_LINES && !isBlank(out[k]) && !out[k].boundary; k--, taken++) out[k] = { ...out[k], boundary: true };
}

/** Stage 1 for pastes that are not page text (Markdown with the page's comment headers between reports): the headers become boundaries. */
export function markCommentHeaders(lines: readonly Line[]): Line[] {
  if (!lines.some((line) => STRICT_HEADER.test(line.text.trim()))) return [...lines];
  const out: Line[] = [];
  for (const line of lines) {
    if (STRICT_HEADER.test(line.text.trim())) {
      markLinesAbove(out);
      out.push({ ...line, boundary: true });
    } else out.push(line);
  }
  return out;
}

export type CommentHeader = { comment: number; at?: string };

/** The comment number and time a header line gives (the time only when it is a date and time with a zone). */
export function commentHeaderOf(text: string): CommentHeader | null {
  const t = text.trim();
  const m = HEADER.exec(t);
  if (!m) return null;
  const comment = m[2] !== undefined ? 0 : Number(m[1]);
  const when = t.replace(/^[^\u2022\u00b7]*[\u2022\u00b7]/, "").trim();
  const at = when === t ? "" : readWrittenTime(when);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? { comment, at } : { comment };
}

/** The header of the comment that holds the line at `index`: the nearest header above it, if no report lies in between. */
export function commentAbove(lines: readonly Line[], index: number, previousReport: number): CommentHeader | null {
  for (let i = index - 1; i > previousReport; i--) {
    if (lines[i].boundary) {
      const header = commentHeaderOf(lines[i].text);
      if (header) return header;
    }
  }
  return null;
}
