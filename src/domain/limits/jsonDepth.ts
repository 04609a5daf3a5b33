/**
 * How deep a JSON file (a draft, an incident list) may nest, checked on the
 * text before it is parsed: the draft format nests about six levels (an
 * action item's list of addresses), an incident list three, so a file
 * nesting far deeper is neither, and walking it (validation, messages) must
 * not cost stack or time.
 */
import { lineAndColumn } from "./textFile.ts";

export const MAX_JSON_DEPTH = 64;

/** The refusal for JSON text nesting deeper than `max` arrays and objects, or null. One pass, strings skipped. */
/** `what`: the kind of file, for the message. */
export function jsonDepthProblem(text: string, name: string, what = "a draft file", max = MAX_JSON_DEPTH): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) {
        const { line, column } = lineAndColumn(text, i);
        return `${name} nests JSON arrays and objects more than ${max} levels deep (at line ${line}, column ${column}): ${what} nests only a few levels, so it was not read`;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return null;
}
