/**
 * The sentences of a text, roughly: split after `.`, `!` or `?` followed by
 * whitespace, and at line breaks (Bugzilla keeps every newline). Good enough
 * to keep a phrase and its qualifier ("because …") together.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
