/**
 * `ccadb-report bug N`: the incident record of bug N, read from Bugzilla's
 * REST API (src/domain/bugzilla): the reports posted and when, the
 * Whiteboard, the comments waiting for an answer, the last action-item
 * change. `--import` also writes the latest report as a draft file.
 */
import { writeFile } from "node:fs/promises";
import { apiKeyRefusal, readBug } from "../../domain/bugzilla/fetchBug.ts";
import { latestReportDraft } from "../../domain/bugzilla/latestReportDraft.ts";
import { BUGZILLA_URL } from "../../domain/bugzilla/restUrls.ts";
import type { BugFailureKind } from "../../domain/bugzilla/types.ts";
import { parseBugNumber } from "../../domain/draft/bugNumber.ts";
import { escapeControls } from "../../domain/text/controls.ts";
import { parseCommandArgs } from "../args.ts";
import { formatReading } from "../bug/formatReading.ts";
import { readApiKeyFile } from "../bug/apiKeyFile.ts";
import { EXIT } from "../exitCodes.ts";
import { fileErrorReason, type CliIo } from "../io.ts";

export const BUG_HELP = `Usage: ccadb-report bug N [--json] [--import FILE|-] [--bugzilla-url URL] [--api-key-file FILE]

Reads bug N (a number, "bug N" or the bug's address) from Bugzilla's REST API
and prints its incident record: summary, status, Whiteboard, each report and
update found in the comments (kind, comment number, time, author), the
comments by others still waiting for the CA Owner's answer (due within 7
days), and the last update that changed action items.

Sent: GET /rest/bug/N and GET /rest/bug/N/comment to ${BUGZILLA_URL} (or
--bugzilla-url), nothing else. Private comments are not read.

Options:
  --json               print the record as JSON (the draft format's "incident" names)
  --import FILE        also write the latest report as a draft file, with the
                       bug and its incident record ("-": the draft to stdout,
                       the record to stderr); FILE must not exist yet
  --bugzilla-url URL   the Bugzilla to ask (default ${BUGZILLA_URL})
  --api-key-file FILE  only for a bug that is not public: a file holding an
                       API key, sent only to that Bugzilla as the
                       X-BUGZILLA-API-KEY header (HTTPS only), never shown or stored
  --timeout SECONDS    how long to wait for each answer (default 30)
  -h, --help           show this help

Exit status:
  0  the record was read (and the draft written)
  1  the draft was written, but some of the report's text could not be placed
     in its fields (it is kept in the draft's "unplaced" list)
  2  the bug could not be read (no such bug, not public, offline, timeout,
     an answer that is not Bugzilla's), or bad usage
`;

/** What the command line adds to a failure's message: what to do next. */
const NEXT_STEP = new Map<BugFailureKind, string>([
  ["private", ' (ccadb-report import FILE), or give an API key of an account that may see it: --api-key-file FILE.'],
  ["unreachable", ". Check the connection, or copy the bug page's text in a browser and paste it into the importer (ccadb-report import FILE)."],
  ["timeout", ". Try again later, or with a longer --timeout."],
]);

function usageFailure(io: CliIo, message: string): number {
  io.stderr(`ccadb-report bug: ${message}\n\n${BUG_HELP}`);
  return EXIT.unusable;
}

export async function bugCommand(args: string[], io: CliIo, fetchImpl: typeof fetch = fetch): Promise<number> {
  const parsed = parseCommandArgs(args, {
    help: { type: "boolean", short: "h" },
    json: { type: "boolean" },
    import: { type: "string" },
    "bugzilla-url": { type: "string" },
    "api-key-file": { type: "string" },
    timeout: { type: "string" },
  });
  if (parsed.ok && parsed.values.help) {
    io.stdout(BUG_HELP);
    return EXIT.ok;
  }
  if (!parsed.ok) return usageFailure(io, parsed.message);
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageFailure(io, "expected exactly one bug number");
  const bug = parseBugNumber(positionals[0]);
  if (bug === null) return usageFailure(io, `"${escapeControls(positionals[0])}" is not a bug number`);
  if (values.json && values.import === "-") return usageFailure(io, "--json and --import - both write to stdout: give --import a FILE");
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) return usageFailure(io, "--timeout takes a number of seconds above 0");
  const base = values["bugzilla-url"] ?? BUGZILLA_URL;
  if (!/^https?:\/\//i.test(base) || !URL.canParse(base)) return usageFailure(io, `--bugzilla-url: "${escapeControls(base)}" is not a web address`);

  let apiKey: string | undefined;
  if (values["api-key-file"] !== undefined) {
    const refused = apiKeyRefusal(base);
    if (refused) return usageFailure(io, `--api-key-file: ${refused}`);
    const read = await readApiKeyFile(values["api-key-file"], io);
    if (!read.ok) return usageFailure(io, escapeControls(read.message));
    apiKey = read.key;
  }

  const result = await readBug(bug, { fetch: fetchImpl, base, apiKey, timeoutMs: timeout * 1000 });
  if (!result.ok) {
    const next = NEXT_STEP.get(result.failure.kind) ?? ".";
    io.stderr(`ccadb-report bug: ${escapeControls(result.failure.message)}${next}\n`);
    return EXIT.unusable;
  }
  const { reading, comments } = result;
  const record = values.json ? `${JSON.stringify(reading, null, 2)}\n` : formatReading(reading);
  if (values.import === undefined) {
    io.stdout(record);
    return EXIT.ok;
  }
  const made = latestReportDraft(reading, comments);
  if (!made.ok) {
    io.stdout(record);
    io.stderr(`ccadb-report bug: --import: ${escapeControls(made.message)}; no draft was written.\n`);
    return EXIT.unusable;
  }
  const draftJson = `${JSON.stringify(made.draft, null, 2)}\n`;
  if (values.import === "-") {
    io.stderr(record);
    io.stdout(draftJson);
  } else {
    try {
      // "wx": an existing file (perhaps a draft with unsaved work) is never overwritten.
      await writeFile(values.import, draftJson, { flag: "wx" });
    } catch (error) {
      io.stdout(record);
      io.stderr(`ccadb-report bug: --import: cannot write ${escapeControls(values.import)}: ${escapeControls(fileErrorReason(error))}\n`);
      return EXIT.unusable;
    }
    io.stdout(record);
  }
  const where = values.import === "-" ? "stdout" : escapeControls(values.import);
  io.stderr(`Draft of the ${made.draft.kind} report in comment ${made.comment} written to ${where}.\n`);
  if (made.unplaced === 0) return EXIT.ok;
  io.stderr(`${made.unplaced} part${made.unplaced === 1 ? "" : "s"} of the report could not be placed in fields; they are kept in the draft's "unplaced" list.\n`);
  return EXIT.notReady;
}
