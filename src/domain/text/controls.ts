/**
 * Control characters shown as `\XX`, as OpenSSL and RFC 4514 do, so that a
 * hostile certificate, draft or pasted report can neither break a CSV line
 * nor drive the terminal that shows the CLI's messages (ESC sequences, CR,
 * NUL; the C1 controls such as CSI U+009B too).
 */

/** C0 controls, DEL and C1 controls. */
export function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** `\XX` (two hex digits, upper case). */
export function hexEscape(code: number): string {
  return "\\" + code.toString(16).toUpperCase().padStart(2, "0");
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Every control character as `\XX`; other text unchanged. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => hexEscape(c.charCodeAt(0)));
}

/**
 * Characters that are not controls to `isControl` but still rewrite what a
 * terminal shows: the bidirectional embeddings, overrides, isolates and marks
 * (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) reorder a line, and the
 * line and paragraph separators (U+2028/2029) start a new one in some
 * terminals and viewers, so a field could forge a line of output.
 */
const LINE_FORGERS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/** `\uXXXX` (four hex digits, upper case), as JSON and JavaScript write it. */
function unicodeEscape(code: number): string {
  return "\\u" + code.toString(16).toUpperCase().padStart(4, "0");
}

/** Text for a terminal line: controls as `\XX`, bidi controls and line separators as `\uXXXX`; other text unchanged. */
export function escapeForTerminal(text: string): string {
  return escapeControls(text).replace(LINE_FORGERS, (c) => unicodeEscape(c.charCodeAt(0)));
}

/** DEL, the C1 controls and the line forgers: characters `JSON.stringify` leaves as they are. */
const RAW_IN_JSON = /[\u007f-\u009f\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text safe to show on a terminal: `JSON.stringify` already escapes the
 * C0 controls; the characters it leaves raw are written as `\uXXXX` too, so
 * the JSON still parses to the same value.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => unicodeEscape(c.charCodeAt(0)));
}
