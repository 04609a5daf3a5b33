/**
 * A file the user chose (picker or drop): its size checked against the
 * input limit before a byte is read, then read and decoded as the CLI
 * decodes that kind of file, so both refuse the same files with the same
 * message (issue 16).
 */
import { sizeProblem, type InputKind } from "../domain/limits/inputLimits.ts";
import type { DecodedText } from "../domain/limits/textFile.ts";

export type ChosenFile = Pick<File, "name" | "size" | "arrayBuffer">;

export async function readChosenFile(
  file: ChosenFile,
  kind: InputKind,
  decode: (bytes: Uint8Array, name: string) => DecodedText,
  name = file.name,
): Promise<DecodedText> {
  const tooLarge = sizeProblem(kind, file.size, name);
  if (tooLarge) return { ok: false, message: tooLarge };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `${name} could not be read` };
  }
  return decode(bytes, name);
}
