/**
 * Text from a draft, a report or a bug list, written to the terminal: its
 * control characters shown as `\XX` and its bidi controls and line
 * separators as `\uXXXX` (domain/text/controls.ts), so a field holding ESC
 * sequences cannot drive the terminal and a field holding a line break
 * cannot forge a line of output. Every command prints problems through
 * `problemLine`; other text from outside goes through `terminalText`.
 */
import { formatProblem, type Problem } from "../domain/draft/problems.ts";
import { escapeForTerminal, escapeJsonForTerminal } from "../domain/text/controls.ts";

/** Outside text for one terminal line. */
export function terminalText(text: string): string {
  return escapeForTerminal(text);
}

/** One problem (or quality warning), as one terminal line without its newline. */
export function problemLine(problem: Problem): string {
  return terminalText(formatProblem(problem));
}

/** A value as indented JSON for stdout: the same value when parsed, nothing that drives or reorders the terminal. */
export function terminalJson(value: unknown): string {
  return escapeJsonForTerminal(JSON.stringify(value, null, 2));
}
