/**
 * Whitespace cmark-gfm reads its own way (tabs, form feed, vertical tab,
 * Unicode spaces, CR alone): each value escaped its field in Bugzilla once
 * (issue 15). Every place that writes user text as Markdown is checked with them.
 */
/** Values that turned the label above them into a heading or a table header, or broke the bold. */
export const ESCAPES = [
  "x\n\t===",
  "\t===",
  "x\n\t---",
  " \t---",
  "x\n   \t===",
  "\f---",
  "x\n\f---",
  "---\f",
  "\v---\v",
  "x\n\f\n---",
  "x\n\v\n===",
  "x\n\u00a0\n---",
  "x\n\u3000\n===",
  "x\r\t===",
  "x\r\r\f---",
  "\t|---|",
  "\f:-:",
];
