/**
 * The API key for `ccadb-report bug --api-key-file FILE`: read from a file
 * (never an argument, which `ps` and shell history show), one line of
 * printable characters. It is only ever sent as a header; no message quotes it.
 */
import { fileErrorReason, type CliIo } from "../io.ts";

/** Bugzilla's keys are 40 characters; a file far longer is not a key file. */
const MAX_KEY_FILE_BYTES = 4096;
const KEY = /^[\x21-\x7e]{1,512}$/;

export async function readApiKeyFile(path: string, io: CliIo): Promise<{ ok: true; key: string } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    if ((await io.fileSize(path)) > MAX_KEY_FILE_BYTES) return { ok: false, message: `${path} is not an API key file: it is over ${MAX_KEY_FILE_BYTES} bytes` };
    bytes = await io.readFile(path);
  } catch (error) {
    return { ok: false, message: `cannot read the API key file ${path}: ${fileErrorReason(error)}` };
  }
  const key = new TextDecoder().decode(bytes).trim();
  if (!KEY.test(key)) return { ok: false, message: `${path} does not hold an API key: expected one line of letters and digits (the key itself is not shown)` };
  return { ok: true, key };
}
