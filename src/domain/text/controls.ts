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
