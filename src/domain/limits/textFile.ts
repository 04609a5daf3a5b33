/**
 * The text of a file the user gave (a draft, a Markdown report), refused
 * unless it is UTF-8: UTF-16 (with or without a byte order mark), bytes that
 * are not UTF-8, and NUL characters, which no report can hold. The CLI and
 * the app both read files through here, so both refuse the same files with
 * the same message; nothing is silently replaced.
 */

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * `name`: how the message names the file; `expected`: what the file should
 * be, e.g. "a draft is a JSON file".
 */
export function decodeTextFile(bytes: Uint8Array, name: string, expected: string): DecodedText {
  if (isUtf16Bom(bytes)) return { ok: false, message: `${name} is UTF-16 text, not UTF-8: save it as UTF-8 (${expected})` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${name} is not UTF-8 text: ${expected}` };
  }
  const nul = nulProblem(text, name, expected);
  return nul ? { ok: false, message: nul } : { ok: true, text };
}

/** The refusal for text holding a NUL character (a file's, or pasted text), or null. */
export function nulProblem(text: string, name: string, expected: string): string | null {
  const nul = text.indexOf("\u0000");
  if (nul === -1) return null;
  const { line, column } = lineAndColumn(text, nul);
  // ASCII text saved as UTF-16 without a byte order mark has a NUL after every letter.
  const utf16 = text.length > 1 && text.charCodeAt(1) === 0;
  return `${name} ${utf16 ? "looks like UTF-16 text (a NUL after every letter), not UTF-8: save it as UTF-8" : `holds a NUL character (U+0000) at line ${line}, column ${column}, which no report can hold`} (${expected})`;
}
