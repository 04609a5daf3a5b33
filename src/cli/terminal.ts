/**
 * Text from a draft or a report, written to the terminal as a message: its
 * control characters shown as `\XX` (domain/text/controls.ts), so a field
 * holding ESC sequences cannot drive the terminal. Every command prints
 * problems through `problemLine`; quoted report text goes through
 * `escapeControls` itself.
 */
import { formatProblem, type Problem } from "../domain/draft/problems.ts";
import { escapeControls } from "../domain/text/controls.ts";

/** One problem (or quality warning), as one terminal line without its newline. */
export function problemLine(problem: Problem): string {
  return escapeControls(formatProblem(problem));
}
