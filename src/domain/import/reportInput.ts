/**
 * What the importer accepts, checked before it reads anything: UTF-8 text
 * (the draft files' rules, `decodeTextFile`), at most the Markdown limit
 * (1 MB: a Bugzilla comment holds 65,535 characters), and lists nested no
 * deeper than any report goes. The CLI's `import` and the app's import
 * dialog both ask here.
 */
import { decodeTextFile, nulProblem, type DecodedText } from "../limits/textFile.ts";
import { sizeProblem } from "../limits/inputLimits.ts";
import { indentationOf } from "../render/commonmarkLine.ts";
import { fenceAfter, toLines } from "./lines.ts";

/** The templates nest lists two or three levels; hand-written reports a few more. */
export const MAX_LIST_DEPTH = 32;

const EXPECTED = "a report is Markdown or plain text";

export function decodeReportBytes(bytes: Uint8Array, name: string): DecodedText {
  return decodeTextFile(bytes, name, EXPECTED);
}

/** UTF-8 bytes of a text, without copying it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A list marker and the spaces after it (CommonMark: 1–4 spaces, or the end of the line). */
const MARKER = /^([-*+]|\d{1,9}[.)])( {1,4}|\t|$)/;

/**
 * How deep lists nest, in one pass over the lines: each list item opens a
 * level at its content column ("- - x" opens two), a line indented less than
 * a level's column closes it; fenced code is skipped. Lines as the importer
 * reads them (`toLines`: any line ending). Returns the line number where the
 * depth first passes `max`, or null.
 */
export function deepListAt(text: string, max = MAX_LIST_DEPTH): number | null {
  const open: number[] = [];
  let fence: string | null = null;
  for (const line of toLines(text)) {
    const after = fenceAfter(fence, line.text);
    if (fence !== null || after !== null) {
      fence = after;
      continue;
    }
    if (line.text.trim() === "") continue;
    const indentation = indentationOf(line.text);
    let column = indentation.width;
    while (open.length > 0 && column < open[open.length - 1]) open.pop();
    let rest = line.text.slice(indentation.end);
    for (let m = MARKER.exec(rest); m; m = MARKER.exec(rest)) {
      column += m[0].length;
      open.push(column);
      if (open.length > max) return line.n;
      rest = rest.slice(m[0].length);
    }
  }
  return null;
}

/** Why a report's text is refused before it is read (`name`: the file, or "the pasted text"), or null. */
export function reportTextProblem(text: string, name: string): string | null {
  const refused = sizeProblem("markdown", utf8Length(text), name) ?? nulProblem(text, name, EXPECTED);
  if (refused) return refused;
  const line = deepListAt(text);
  if (line === null) return null;
  return `${name} nests lists more than ${MAX_LIST_DEPTH} levels deep (at line ${line}): no incident report nests that deep, so it was not read`;
}
