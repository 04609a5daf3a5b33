/**
 * A report longer than Bugzilla allows in one comment. The report itself
 * must stay Markdown in the comment (the guidelines: "not in the form of an
 * attachment"), so what can move is the supporting data.
 */
import { BUGZILLA_MAX_CHARS, bugzillaLength } from "../render/bugzilla.ts";
import type { Draft } from "../draft/schema.ts";
import { formatCount } from "../text/formatCount.ts";

export type TooLong = { length: number; over: number; alternatives: string[] };

/** The guidelines' ways to make the report fit, or null when it fits. */
export function tooLong(draft: Draft, markdown: string): TooLong | null {
  const length = bugzillaLength(markdown);
  if (length <= BUGZILLA_MAX_CHARS) return null;
  const appendix = bugzillaLength(draft.appendix.text);
  const alternatives = [
    `Move supporting data (logs, certificate lists, long tables) from the Appendix${appendix > 0 ? ` (now ${formatCount(appendix)} characters)` : ""} into attachments on the bug, and say in the Appendix which attachment holds what: the guidelines' Appendix is "for all supporting data: log files, graphs and charts".`,
    "Attach the affected certificates as the Appendix CSV (fewer than 10,000 certificates) or as a text file of crt.sh links (10,000 or more), as the guidelines ask, instead of listing them in the text: the Appendix step downloads both.",
    "Summarize earlier findings rather than repeating them: reports \"SHOULD summarize previous findings\". The report itself stays in the comment, in Markdown, not as an attachment.",
  ];
  return { length, over: length - BUGZILLA_MAX_CHARS, alternatives };
}
