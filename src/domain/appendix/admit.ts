/**
 * Which files of an Appendix session are read at all, decided from their
 * sizes before any byte is read: each within the per-file limit, all of them
 * together within the session limit. The CLI and the app both ask here.
 */
import { INPUT_LIMITS, formatBytes, sizeProblem } from "../limits/inputLimits.ts";
import type { Problem } from "./problems.ts";

export type SizedFile = { name: string; size: number };

export type Admission<F extends SizedFile> = { admitted: F[]; refused: Problem[] };

/** `bytesSoFar`: what earlier drops of the same session already hold. */
export function admitFiles<F extends SizedFile>(files: readonly F[], bytesSoFar = 0): Admission<F> {
  const admitted: F[] = [];
  const refused: Problem[] = [];
  let total = bytesSoFar;
  const session = INPUT_LIMITS.certificateSession;
  for (const file of files) {
    const tooLarge = sizeProblem("certificateFile", file.size);
    if (tooLarge) {
      refused.push({ file: file.name, position: "", message: tooLarge });
    } else if (total + file.size > session.bytes) {
      refused.push({
        file: file.name,
        position: "",
        message: `not read: with it, ${session.what} would be ${formatBytes(total + file.size)}, over the limit of ${formatBytes(session.bytes)}`,
      });
    } else {
      total += file.size;
      admitted.push(file);
    }
  }
  return { admitted, refused };
}
