/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks
 * (CRLF, CR, LF, and the Unicode line and paragraph separators) as `\n`, so no
 * text can start a property of its own. Other control characters, which TEXT
 * does not allow (tab aside), become spaces.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n?|[\n\u2028\u2029]/g, "\\n")
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
  );
}
