/**
 * A draft file from disk, or the reasons it cannot be used (exit code 2):
 * too large, unreadable, not UTF-8, not JSON, or not a valid draft file.
 */
import { decodeDraftBytes, parseDraftText } from "../domain/draft/parseDraft.ts";
import { sizeProblem } from "../domain/limits/inputLimits.ts";
import type { Problem } from "../domain/draft/problems.ts";
import { problemLine } from "./terminal.ts";
import type { Draft } from "../domain/draft/schema.ts";
import type { CliIo } from "./io.ts";

const REASONS = new Map(
  Object.entries({
    ENOENT: "no such file",
    EISDIR: "it is a directory",
    EACCES: "permission denied",
    EPERM: "permission denied",
  }),
);

function reasonOf(error: unknown): string {
  const code: unknown = typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  const reason = typeof code === "string" ? REASONS.get(code) : undefined;
  if (reason) return reason;
  return error instanceof Error ? error.message : String(error);
}

export type ReadResult = { ok: true; draft: Draft } | { ok: false; problems: Problem[] };

export async function readDraftFile(path: string, io: CliIo): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    // The size first: a file over the limit is never read into memory.
    const tooLarge = sizeProblem("draftFile", await io.fileSize(path), path);
    if (tooLarge) return { ok: false, problems: [{ path: "", message: tooLarge }] };
    bytes = await io.readFile(path);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `cannot read ${path}: ${reasonOf(error)}` }] };
  }
  const decoded = decodeDraftBytes(bytes, path);
  if (!decoded.ok) return { ok: false, problems: [{ path: "", message: decoded.message }] };
  return parseDraftText(decoded.text, path);
}

/** Prints why a file is unusable, one problem per line, then what it means. */
export function reportUnusable(path: string, problems: readonly Problem[], io: CliIo): void {
  for (const problem of problems) io.stderr(`${problemLine(problem)}\n`);
  const fileLevel = problems.length === 1 && problems[0].path === "";
  if (!fileLevel) io.stderr(`${path} is not a valid draft file (${problems.length} problem${problems.length === 1 ? "" : "s"}).\n`);
}

/** The draft of a file, or null once its problems are on stderr (the command then exits `EXIT.unusable`). */
export async function readDraftOrReport(path: string, io: CliIo): Promise<Draft | null> {
  const read = await readDraftFile(path, io);
  if (read.ok) return read.draft;
  reportUnusable(path, read.problems, io);
  return null;
}
