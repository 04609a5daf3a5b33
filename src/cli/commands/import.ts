/**
 * `ccadb-report import FILE.md`: a posted report's Markdown back to a draft,
 * to update it or write the next report. The draft JSON goes to stdout even
 * when parts of the report could not be placed; those are listed on stderr.
 */
import { importReport } from "../../domain/import/importReport.ts";
import { decodeReportBytes, reportTextProblem } from "../../domain/import/reportInput.ts";
import { clip, MAX_QUOTED } from "../../domain/draft/problems.ts";
import { escapeControls } from "../../domain/text/controls.ts";
import { sizeProblem } from "../../domain/limits/inputLimits.ts";
import { parseCommandArgs } from "../args.ts";
import { EXIT } from "../exitCodes.ts";
import { fileErrorReason, type CliIo } from "../io.ts";

export const IMPORT_HELP = `Usage: ccadb-report import [--summary "CA Owner: title"] [--third-party] FILE.md

Reads a Preliminary, Full or Closure report (as this tool renders it, or as
written by hand from the CCADB template) and prints it as a draft file (JSON)
on stdout. Parts that could not be placed are listed on stderr, one per line:
"line N: text (reason)".

The Bugzilla Summary line is not part of the report: give it with --summary
to fill in the draft's CA Owner and title.

Exit status:
  0  every part of the report was placed in the draft
  1  the draft is printed, but some text could not be placed (listed on stderr)
  2  the file is unreadable, or is not an incident report

A paste of a whole bug page may hold several reports: they are listed on
stderr with their comment numbers and times, the most complete is read
(or the one --report names), and those whose time the page shows go into
the draft's incident record. Text with no report template is read as a
Preliminary report's Incident description ("free text"), with a note.

Options:
  --summary TEXT   the bug's Summary line, "CA Owner: brief title"
  --report N       of several reports, read the Nth (1 is the first)
  --third-party    the report was written by a third party, not the CA Owner
  -h, --help       show this help
`;

/** Some of the report could not be placed: the same exit status as "not ready". */
const PARTLY_PLACED = EXIT.notReady;
const MAX_SHOWN = MAX_QUOTED;

/** A part of the report on one line: lines joined, cut to MAX_SHOWN. */
function oneLine(text: string): string {
  const flat = text
    .split("\n")
    .map((line) => line.trim())
    .join(" ");
  return clip(flat, MAX_SHOWN - 1);
}


export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    help: { type: "boolean", short: "h" },
    summary: { type: "string" },
    "third-party": { type: "boolean" },
    report: { type: "string" },
  });
  if (parsed.ok && parsed.values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  const reportArg = parsed.ok ? parsed.values.report : undefined;
  const chosen = reportArg === undefined ? undefined : /^[1-9]\d{0,3}$/.test(reportArg) ? Number(reportArg) - 1 : null;
  const usageError = !parsed.ok
    ? parsed.message
    : parsed.positionals.length !== 1
      ? "expected exactly one FILE.md"
      : chosen === null
        ? `--report must be a report's number (1, 2, …), not "${clip(reportArg ?? "", 20)}"`
        : null;
  if (!parsed.ok || usageError) {
    io.stderr(`ccadb-report import: ${usageError}\n\n${IMPORT_HELP}`);
    return EXIT.unusable;
  }
  const [path] = parsed.positionals;
  let bytes: Uint8Array;
  try {
    // The size first: a file over the limit is never read into memory.
    const tooLarge = sizeProblem("markdown", await io.fileSize(path), path);
    if (tooLarge) {
      io.stderr(`ccadb-report import: ${tooLarge}\n`);
      return EXIT.unusable;
    }
    bytes = await io.readFile(path);
  } catch (error) {
    io.stderr(`ccadb-report import: cannot read ${path}: ${fileErrorReason(error)}\n`);
    return EXIT.unusable;
  }
  const decoded = decodeReportBytes(bytes, path);
  if (!decoded.ok) {
    io.stderr(`ccadb-report import: ${decoded.message}\n`);
    return EXIT.unusable;
  }
  const text = decoded.text;
  const refused = reportTextProblem(text, path);
  if (refused) {
    io.stderr(`ccadb-report import: ${refused}\n`);
    return EXIT.unusable;
  }
  const result = importReport(text, {
    summaryLine: parsed.values.summary,
    author: parsed.values["third-party"] ? "third-party" : "ca-owner",
    ...(chosen !== undefined && chosen !== null ? { report: chosen } : {}),
  });
  if ("notAReport" in result) {
    io.stderr(`ccadb-report import: ${path} is not an incident report: ${result.reason}\n`);
    return EXIT.unusable;
  }
  if (result.reports && result.reports.length > 1) {
    result.reports.forEach((r, i) => {
      const where = r.comment !== undefined ? `comment ${r.comment}` : `line ${r.line}`;
      io.stderr(`${escapeControls(`report ${i + 1}: ${oneLine(r.heading)}, ${where}${r.at ? `, posted ${r.at}` : ""}${i === result.read ? " (read)" : ""}`)}\n`);
    });
  }
  if (result.freeText) io.stderr(`${path}: no report template was found; the text was read as a Preliminary report's Incident description (free text): check every field.\n`);
  io.stdout(`${JSON.stringify(result.draft, null, 2)}\n`);
  if (result.unmapped.length === 0) return EXIT.ok;
  // The report's own text (and the reasons that quote it) reach the terminal with control characters as \XX.
  for (const part of result.unmapped) io.stderr(`${escapeControls(`line ${part.line}: ${oneLine(part.text)} (${part.reason})`)}\n`);
  const count = result.unmapped.length;
  io.stderr(`${path}: ${count} part${count === 1 ? "" : "s"} of the report could not be placed in the draft.\n`);
  return PARTLY_PLACED;
}
