/**
 * A posted report chosen as a file (`.md`, `.txt`): its size checked before
 * a byte is read, then its text, refused unless UTF-8, without NUL
 * characters, and within the Markdown limit; the checks and messages of
 * `ccadb-report import`.
 */
import { decodeReportBytes, reportTextProblem } from "../domain/import/reportInput.ts";
import { sizeProblem } from "../domain/limits/inputLimits.ts";
import type { DecodedText } from "../domain/limits/textFile.ts";

export async function readReportFile(file: Pick<File, "name" | "size" | "arrayBuffer">): Promise<DecodedText> {
  const tooLarge = sizeProblem("markdown", file.size, file.name);
  if (tooLarge) return { ok: false, message: tooLarge };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `${file.name} could not be read` };
  }
  const decoded = decodeReportBytes(bytes, file.name);
  if (!decoded.ok) return decoded;
  const refused = reportTextProblem(decoded.text, file.name);
  return refused ? { ok: false, message: refused } : decoded;
}
