/**
 * What a command may do to the outside world. Commands take a `CliIo` instead
 * of touching `process` or `fs`, so tests can run them in memory.
 */
import { readFile, stat } from "node:fs/promises";

export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** The size in bytes, so limits are checked before a file is read. */
  fileSize(path: string): Promise<number>;
};

/** The real terminal and file system. Text is written as given: callers add their own newlines. */
export const nodeIo: CliIo = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  readFile: (path) => readFile(path),
  fileSize: async (path) => (await stat(path)).size,
};

/** Why a file could not be read or written, in words (Node's error codes). */
export function fileErrorReason(error: unknown): string {
  const code: unknown = typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EEXIST") return "it exists already; choose another name";
  return error instanceof Error ? error.message : String(error);
}
