/**
 * `ccadb-report deadlines FILE`: the incident's deadlines from a draft file
 * (the report and its `incident` record), counted as the app counts them.
 * For a cron job: `--json` prints `[{id, due, state, basis}]`, and the exit
 * status says whether anything is overdue.
 */
import { computeDeadlines } from "../../domain/deadlines/computeDeadlines.ts";
import { deadlinesToIcs } from "../../domain/deadlines/ics/deadlinesToIcs.ts";
import type { Deadline } from "../../domain/deadlines/types.ts";
import { formatUtc, instantOf } from "../../domain/draft/datetime.ts";
import { recordOf } from "../../domain/incident/record.ts";
import { formatRelative } from "../../domain/deadlines/formatRelative.ts";
import { summaryLine } from "../../domain/render/bugzilla.ts";
import { escapeControls } from "../../domain/text/controls.ts";
import { parseCommandArgs } from "../args.ts";
import { EXIT } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";
import { readDraftOrReport } from "../readDraftFile.ts";

export const DEADLINES_HELP = `Usage: ccadb-report deadlines [--now DATETIME] [--json | --ics] FILE

Prints the incident's deadlines, counted as the CCADB Incident Reporting
Guidelines v3.2 count them, from the draft file: the report and its incident
record (when the CA Owner became aware, what was posted when, the Whiteboard,
open questions, the last action item change). Each says what it counts from
and where that fact came from; a missing fact is named, never guessed.

Options:
  --now DATETIME  count as of this time (ISO 8601 with an offset, e.g.
                  2025-10-02T12:00Z); default: now
  --json          an array of {id, due, state, basis}: id is preliminary,
                  full, response, update, revocation-update, revocation or
                  closure; due an ISO instant in UTC (a Whiteboard date as
                  YYYY-MM-DD), or null; state open, overdue, done or
                  not-applicable
  --ics           the open deadlines with a date as an iCalendar file
  -h, --help      show this help

Exit status:
  0  nothing is overdue
  1  something is overdue
  2  bad usage, or the file is unreadable or not a valid draft file
`;

function jsonOf(deadline: Deadline) {
  const due = deadline.dueDate ?? (deadline.due === null ? null : new Date(deadline.due).toISOString().replace(".000Z", "Z"));
  return { id: deadline.id, label: deadline.label, due, state: deadline.state, basis: deadline.basis, counted: deadline.counted, ...(deadline.ask ? { ask: deadline.ask.question } : {}), notes: deadline.notes };
}

function textOf(deadline: Deadline, now: number): string {
  const when = deadline.due === null ? "" : ` ${formatUtc(deadline.due)}${deadline.state === "open" || deadline.state === "overdue" ? ` (${formatRelative(deadline.due, now)})` : ""}`;
  const lines = [`${deadline.state.toUpperCase().padEnd(14)} ${deadline.label}${when}`, `               ${deadline.counted}`];
  if (deadline.ask) lines.push(`               Missing: ${deadline.ask.question}`);
  for (const note of deadline.notes) lines.push(`               Note: ${note}`);
  return lines.map(escapeControls).join("\n");
}

export async function deadlinesCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { help: { type: "boolean", short: "h" }, json: { type: "boolean" }, ics: { type: "boolean" }, now: { type: "string" } });
  if (parsed.ok && parsed.values.help) {
    io.stdout(DEADLINES_HELP);
    return EXIT.ok;
  }
  const nowText = parsed.ok ? parsed.values.now : undefined;
  const now = nowText === undefined ? Date.now() : instantOf(nowText);
  const usageError = !parsed.ok
    ? parsed.message
    : parsed.positionals.length !== 1
      ? "expected exactly one FILE"
      : parsed.values.json && parsed.values.ics
        ? "--json and --ics cannot be used together"
        : now === null
          ? `--now: "${escapeControls(nowText ?? "")}" is not a date and time (e.g. 2025-10-02T12:00Z)`
          : null;
  if (!parsed.ok || usageError || now === null) {
    io.stderr(`ccadb-report deadlines: ${usageError}\n\n${DEADLINES_HELP}`);
    return EXIT.unusable;
  }
  const [path] = parsed.positionals;
  const draft = await readDraftOrReport(path, io);
  if (draft === null) return EXIT.unusable;
  const deadlines = computeDeadlines(draft, recordOf(draft), now);
  if (parsed.values.json) io.stdout(`${JSON.stringify(deadlines.map(jsonOf), null, 2)}\n`);
  else if (parsed.values.ics) io.stdout(deadlinesToIcs(deadlines, draft, now));
  else {
    io.stdout(`${escapeControls(summaryLine(draft))}\nNow: ${formatUtc(now)}\n\n`);
    io.stdout(deadlines.length === 0 ? "No deadlines: a third party's report has none (the guidelines' deadlines are the CA Owner's).\n" : `${deadlines.map((d) => textOf(d, now)).join("\n\n")}\n`);
  }
  return deadlines.some((d) => d.state === "overdue") ? EXIT.notReady : EXIT.ok;
}
