import { escapeControls } from "../text/controls.ts";

/** Something wrong with one item of the input; everything else is kept. */
export type Problem = {
  file: string;
  /** Where in the file, e.g. "certificate 3 (byte 2048)"; "" for the whole file. */
  position: string;
  message: string;
};

/**
 * `bundle.pem, certificate 3 (byte 2048): truncated ...`. Control characters
 * (in a file name, or a value quoted from a certificate) shown as `\XX`:
 * this line goes to a terminal.
 */
export function formatProblem(problem: Problem): string {
  return escapeControls(`${problem.file}${problem.position ? `, ${problem.position}` : ""}: ${problem.message}`);
}

/** The message of anything thrown, without a stack trace. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
