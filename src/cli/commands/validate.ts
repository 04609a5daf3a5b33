/**
 * `ccadb-report validate FILE`: is this draft ready to post? Exit 0 when it
 * is, 1 with one problem per line when it is not, 2 when the file cannot be
 * used at all.
 */
import { instantOf } from "../../domain/draft/datetime.ts";
import { problemLine } from "../terminal.ts";
import { checkReadiness } from "../../domain/draft/readiness.ts";
import type { Draft } from "../../domain/draft/schema.ts";
import { lastReportPostedAt, postedImpactOf } from "../../domain/quality/postedImpact.ts";
import { reviewQuality } from "../../domain/quality/reviewQuality.ts";
import { bugzillaLength } from "../../domain/render/bugzilla.ts";
import { renderReport } from "../../domain/render/render.ts";
import { parseCommandArgs } from "../args.ts";
import { EXIT } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";
import { readDraftOrReport } from "../readDraftFile.ts";

export const VALIDATE_HELP = `Usage: ccadb-report validate [--warnings [--now DATETIME] [--posted FILE]] FILE

Checks a draft file against the CCADB Incident Reporting Guidelines for its
kind (Preliminary, Full, Closure) and author (CA Owner or third party).

Prints one problem per line, "path: message", where path is the JSON path of
the field (e.g. actionItems[2].kind).

Exit status:
  0  ready to post
  1  a valid draft, not ready to post: the problems are listed
  2  the file is unreadable, not JSON, or not a valid draft file

Options:
  --warnings       also review the report's quality (vague action items,
                   unsubstantiated claims, ...); warnings never change the
                   exit status
  --now DATETIME   the date and time the review treats as now, e.g.
                   2025-03-04T17:20Z (default: the current time)
  --posted FILE    the draft as last posted on the bug: a changed Impact
                   total then needs a correction (dated by the drafts'
                   incident record, when it has one)
  -h, --help       show this help
`;

function printWarnings(draft: Draft, now: number, posted: Draft | null, io: CliIo): void {
  const renderedLength = bugzillaLength(renderReport(draft));
  const postedImpact = posted === null ? null : postedImpactOf(posted, lastReportPostedAt(posted) ?? lastReportPostedAt(draft));
  for (const warning of reviewQuality(draft, { now, renderedLength, posted: postedImpact })) {
    io.stdout(`warning: ${problemLine(warning)} [${warning.rule}]\n  ${warning.guideline}\n`);
  }
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    help: { type: "boolean", short: "h" },
    warnings: { type: "boolean" },
    now: { type: "string" },
    posted: { type: "string" },
  });
  if (parsed.ok && parsed.values.help) {
    io.stdout(VALIDATE_HELP);
    return EXIT.ok;
  }
  const usageError = !parsed.ok ? parsed.message : parsed.positionals.length !== 1 ? "expected exactly one FILE" : null;
  if (!parsed.ok || usageError) {
    io.stderr(`ccadb-report validate: ${usageError}\n\n${VALIDATE_HELP}`);
    return EXIT.unusable;
  }
  const now = parsed.values.now === undefined ? Date.now() : instantOf(parsed.values.now);
  if (now === null) {
    io.stderr(`ccadb-report validate: --now: expected a date and time with its UTC offset, e.g. 2025-03-04T17:20Z, got "${parsed.values.now}"\n`);
    return EXIT.unusable;
  }
  const [path] = parsed.positionals;
  const draft = await readDraftOrReport(path, io);
  if (draft === null) return EXIT.unusable;
  const problems = checkReadiness(draft);
  // A draft's own text (a title, a quoted value) may hold ESC sequences or CR: shown as \XX, never sent to the terminal.
  for (const problem of problems) io.stdout(`${problemLine(problem)}\n`);
  let posted: Draft | null = null;
  if (parsed.values.posted !== undefined) {
    posted = await readDraftOrReport(parsed.values.posted, io);
    if (posted === null) return EXIT.unusable;
  }
  if (parsed.values.warnings) printWarnings(draft, now, posted, io);
  if (problems.length > 0) {
    io.stderr(`${path}: not ready to post (${problems.length} problem${problems.length === 1 ? "" : "s"}).\n`);
    return EXIT.notReady;
  }
  io.stderr(`${path}: ready to post.\n`);
  return EXIT.ok;
}
