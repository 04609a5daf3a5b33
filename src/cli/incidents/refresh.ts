/**
 * `ccadb-report incidents refresh [--out FILE]`: a fresh list of the CA
 * Certificate Compliance bugs from Bugzilla, for `incidents search --list`
 * and the app's "Use a newer list". The file is replaced only when the whole
 * list arrived: a failed refresh leaves the old one as it was.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { BUGZILLA_URL, LIST_TOO_LARGE, PAGE_SIZE, REFRESH_LIMITS, snapshotJson } from "../../domain/incidents/bugzillaRest.ts";
import { readIncidentListText } from "../../domain/incidents/readIncidentList.ts";
import { parseCommandArgs } from "../args.ts";
import { EXIT } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";
import { formatBytes } from "../../domain/limits/inputLimits.ts";
import { formatCount } from "../../domain/text/formatCount.ts";
import { terminalText } from "../terminal.ts";
import { downloadBugs } from "./download.ts";

export const DEFAULT_LIST_FILE = "ca-compliance-bugs.json";

export const REFRESH_HELP = `Usage: ccadb-report incidents refresh [--out FILE]

Downloads the public metadata of every bug in Bugzilla's "CA Program ::
CA Certificate Compliance" component (number, summary, date filed, status,
whiteboard) from the REST API, page by page, and writes it to FILE
(default ${DEFAULT_LIST_FILE}). Search it with "incidents search --list FILE";
load it in the app with "Use a newer list" on the Related Incidents step.

FILE is replaced only when the whole list arrived: after an error it is
left as it was. Redirects are followed only on the same site; a refresh
stops at a page of more than ${formatBytes(REFRESH_LIMITS.pageBytes)} as sent, a list of more than ${formatBytes(REFRESH_LIMITS.listBytes)}
expanded or of more than ${formatCount(REFRESH_LIMITS.bugs)} bugs, or a page with more bugs than asked.

Options:
  --out FILE         where to write the list (default ${DEFAULT_LIST_FILE})
  --url URL          the Bugzilla to ask (default ${BUGZILLA_URL})
  --page-size N      bugs per request (default ${PAGE_SIZE})
  --timeout SECONDS  how long to wait for each page (default 30)
  -h, --help         show this help
`;

function positiveNumber(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : null;
}

export async function refreshCommand(args: string[], io: CliIo, today: () => string = () => new Date().toISOString().slice(0, 10)): Promise<number> {
  const parsed = parseCommandArgs(args, {
    help: { type: "boolean", short: "h" },
    out: { type: "string" },
    url: { type: "string" },
    "page-size": { type: "string" },
    timeout: { type: "string" },
  });
  if (parsed.ok && parsed.values.help) {
    io.stdout(REFRESH_HELP);
    return EXIT.ok;
  }
  const pageSize = parsed.ok ? positiveNumber(parsed.values["page-size"], PAGE_SIZE) : null;
  const timeout = parsed.ok ? positiveNumber(parsed.values.timeout, 30) : null;
  const usageError = !parsed.ok
    ? parsed.message
    : parsed.positionals.length > 0
      ? `unexpected argument "${parsed.positionals[0]}"`
      : pageSize === null || !Number.isInteger(pageSize)
        ? "--page-size takes a whole number above 0"
        : timeout === null
          ? "--timeout takes a number of seconds above 0"
          : null;
  if (!parsed.ok || usageError || pageSize === null || timeout === null) {
    io.stderr(`ccadb-report incidents refresh: ${terminalText(usageError ?? "")}\n\n${REFRESH_HELP}`);
    return EXIT.unusable;
  }
  const out = parsed.values.out ?? DEFAULT_LIST_FILE;
  const base = parsed.values.url ?? BUGZILLA_URL;
  if (!isWebAddress(base)) {
    io.stderr(`ccadb-report incidents refresh: --url: "${terminalText(base)}" is not an http or https address\n`);
    return EXIT.unusable;
  }
  const result = await downloadBugs({ base, pageSize, timeoutMs: timeout * 1000, onPage: (page, n) => io.stderr(`page ${page}: ${n} bugs\n`) });
  // Every message may quote the server (an error page, Bugzilla's "message", a header): escaped for the terminal.
  const failed = (message: string) => {
    io.stderr(`ccadb-report incidents refresh: ${terminalText(message)}. ${terminalText(out)} was not changed.\n`);
    return EXIT.unusable;
  };
  if (!result.ok) return failed(result.message);
  const json = snapshotJson(result.bugs, today());
  // Re-serialised bugs can come out a little longer than they were sent.
  if (Buffer.byteLength(json) > REFRESH_LIMITS.listBytes) return failed(LIST_TOO_LARGE);
  // Check the list reads back before it replaces anything.
  const check = readIncidentListText(json);
  if (!check.ok) return failed(`Bugzilla's answer is not a usable list: ${check.message}`);
  const temporary = `${out}.partial`;
  try {
    writeFileSync(temporary, json);
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    return failed(`could not write it: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.stderr(`${terminalText(out)}: ${check.list.bugs.length} bugs, the newest filed ${check.list.bugs.reduce((d, b) => (b.date > d ? b.date : d), "")}.\n`);
  return EXIT.ok;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
