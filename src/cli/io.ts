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
