/**
 * Trimming by character set, in one pass. A pattern such as `/[ \t]+$/` tries
 * every start in a run of spaces and is quadratic on a long one (issue 15).
 */

/** Whether `c` is a whitespace character as JavaScript's `\s` and `trim()` see it. */
export function isWhitespace(c: string): boolean {
  return c.trim() === "";
}

/** `text` without the characters at its end for which `drop` holds. */
export function trimEndWhere(text: string, drop: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return text.slice(0, end);
}

/** `text` without the characters at its end that are in `chars`. */
export function trimEndOf(text: string, chars: string): string {
  return trimEndWhere(text, (c) => chars.includes(c));
}
