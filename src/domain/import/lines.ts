/** The pasted text as numbered lines, and the few facts about a line the readers need. */

/**
 * A line of the paste, numbered as pasted. Text copied from the page is
 * normalised into Markdown (`text`); `pasted` keeps the line as it was, for
 * the parts set aside. `boundary` marks the page's own comment header lines;
 * `supplied` a line the importer added (a missing report heading), never set aside.
 */
export type Line = { n: number; text: string; pasted?: string; boundary?: boolean; column?: number; supplied?: boolean };

/**
 * More blank lines in a row than this are read as this many. Markdown (and
 * Bugzilla) shows any run of blank lines as one break outside fenced code,
 * so nothing visible changes; a paste of millions of empty lines then costs
 * what its text costs, not an object per line in every stage.
 */
export const MAX_BLANK_RUN = 64;

/**
 * The fenced code still open after `text`, from the one open before it (null
 * for none): ``` or ~~~ opens it, and a run of the same character at least
 * as long closes it (CommonMark). Its blank lines and list markers are content.
 */
export function fenceAfter(open: string | null, text: string): string | null {
  const mark = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
  if (mark === undefined) return open;
  if (open === null) return mark;
  return mark[0] === open[0] && mark.length >= open.length ? null : open;
}

/**
 * Lines numbered from 1 as pasted, whatever the line endings (CRLF from
 * Windows, CR from old Macs). A scan with indexOf rather than `split`: a paste
 * of millions of line breaks then costs no array of millions of strings.
 */
export function toLines(markdown: string): Line[] {
  const lines: Line[] = [];
  let fence: string | null = null;
  let blankRun = 0;
  let nextLf = markdown.indexOf("\n");
  let nextCr = markdown.indexOf("\r");
  for (let start = 0, n = 1; ; n++) {
    if (nextLf !== -1 && nextLf < start) nextLf = markdown.indexOf("\n", start);
    if (nextCr !== -1 && nextCr < start) nextCr = markdown.indexOf("\r", start);
    const end = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
    const text = markdown.slice(start, end === -1 ? markdown.length : end);
    blankRun = text === "" || /^[ \t]*$/.test(text) ? blankRun + 1 : 0;
    if (blankRun <= MAX_BLANK_RUN || fence !== null) {
      fence = fenceAfter(fence, text);
      lines.push({ n, text });
    }
    if (end === -1) return lines;
    start = end === nextCr && nextLf === end + 1 ? end + 2 : end + 1;
  }
}

/** Blank as Markdown (and the renderer's normalizeText) sees it: spaces and tabs only, not other Unicode spaces. */
export function isBlank(line: Line): boolean {
  return /^[ \t]*$/.test(line.text);
}

/** Leading spaces (tabs are rare in reports and are kept as text). */
export function indentOf(text: string): number {
  return text.length - text.replace(/^ +/, "").length;
}

/** Removes up to `width` leading spaces; `column` counts what was removed, so tabs can be measured as in the report. */
export function dedent(line: Line, width: number): Line {
  const removed = Math.min(width, indentOf(line.text));
  return { n: line.n, text: line.text.slice(removed), column: (line.column ?? 0) + removed };
}

/** Without blank lines at either end. */
export function trimBlankLines(lines: readonly Line[]): Line[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start])) start++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return lines.slice(start, end);
}

/** Consecutive non-blank lines, for reporting a paragraph as one unmapped part. */
export function paragraphs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}
