/**
 * A posted report chosen as a file (`.md`, `.txt`): its size checked before
 * a byte is read, then its text, refused unless UTF-8, without NUL
 * characters, and within the Markdown limit; the checks and messages of
 * `ccadb-report import`.
 */
import { decodeReportBytes, reportTextProblem } from "../domain/import/reportInput.ts";
import type { DecodedText } from "../domain/limits/textFile.ts";
import { readChosenFile, type ChosenFile } from "../ui/readChosenFile.ts";

export async function readReportFile(file: ChosenFile): Promise<DecodedText> {
  const decoded = await readChosenFile(file, "markdown", decodeReportBytes);
  if (!decoded.ok) return decoded;
  const refused = reportTextProblem(decoded.text, file.name);
  return refused ? { ok: false, message: refused } : decoded;
}
