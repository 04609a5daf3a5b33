/**
 * `ccadb-report render FILE`: the report's Markdown, ready to paste into
 * Bugzilla. A draft that is not ready still renders (empty fields read N/A);
 * its problems go to stderr so stdout stays pure Markdown.
 */
import { problemLine } from "../terminal.ts";
import { checkReadiness } from "../../domain/draft/readiness.ts";
import { BUGZILLA_MAX_CHARS, bugzillaLength, summaryLine } from "../../domain/render/bugzilla.ts";
import { renderReport } from "../../domain/render/render.ts";
import { parseCommandArgs } from "../args.ts";
import { EXIT } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";
import { readDraftOrReport } from "../readDraftFile.ts";
import { summaryTextNotice } from "../../domain/posting/summaryText.ts";
import { formatCount } from "../../domain/text/formatCount.ts";

export const RENDER_HELP = `Usage: ccadb-report render FILE

Prints the report as Markdown for Bugzilla's Description or comment field.
Drafts that are not ready to post still render, with N/A for empty fields;
their problems are listed on stderr. The Bugzilla Summary line and the
character count (Bugzilla's limit is 65,535) are also printed on stderr.

Exit status:
  0  rendered (even if the report is not ready to post)
  2  the file is unreadable, not JSON, or not a valid draft file

Options:
  -h, --help   show this help
`;

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { help: { type: "boolean", short: "h" } });
  if (parsed.ok && parsed.values.help) {
    io.stdout(RENDER_HELP);
    return EXIT.ok;
  }
  const usageError = !parsed.ok ? parsed.message : parsed.positionals.length !== 1 ? "expected exactly one FILE" : null;
  if (!parsed.ok || usageError) {
    io.stderr(`ccadb-report render: ${usageError}\n\n${RENDER_HELP}`);
    return EXIT.unusable;
  }
  const [path] = parsed.positionals;
  const draft = await readDraftOrReport(path, io);
  if (draft === null) return EXIT.unusable;
  const markdown = renderReport(draft);
  io.stdout(markdown);
  const length = bugzillaLength(markdown);
  io.stderr(`Summary: ${summaryLine(draft)}\n`);
  const summaryNote = summaryTextNotice(draft);
  if (summaryNote) io.stderr(`${summaryNote}\n`);
  io.stderr(`${formatCount(length)} of ${formatCount(BUGZILLA_MAX_CHARS)} characters${length > BUGZILLA_MAX_CHARS ? ": too long for one Bugzilla comment" : ""}\n`);
  const problems = checkReadiness(draft);
  if (problems.length > 0) {
    io.stderr(`${path}: not ready to post (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n`);
    for (const problem of problems) io.stderr(`${problemLine(problem)}\n`);
  }
  return EXIT.ok;
}
