/**
 * `ccadb-report incidents search WORDS [--since DATE] [--ca NAME]`: the
 * finder's search for scripts, one bug per line, tab-separated.
 */
import { bugUrl, isOpen, type IncidentBug } from "../../domain/incidents/bug.ts";
import { buildIncidentIndex, searchIncidents, type IncidentFilters } from "../../domain/incidents/searchIndex.ts";
import { parseCommandArgs } from "../args.ts";
import { EXIT } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";
import { terminalJson, terminalText } from "../terminal.ts";
import { bundledList, listFromFile } from "./lists.ts";

export const SEARCH_HELP = `Usage: ccadb-report incidents search WORDS... [--since DATE] [--ca NAME] [options]

Searches CA Certificate Compliance bugs as the app's finder does: words match
across their forms ("encoding" finds "encoded", "SAN" finds "subjectAltName"),
and CA Owners across their Bugzilla spellings ("ISRG" finds "Let's Encrypt").
Prints the matches best first, one per line, tab-separated:
  bug number, date filed, status, summary, whiteboard tags, address

The list is the one shipped with this tool, unless --list names a newer one
(from "ccadb-report incidents refresh").

Exit status: 0 when something matched, 1 when nothing did, 2 on bad usage
or an unreadable list.

Options:
  --since DATE      only bugs filed on or after DATE (YYYY-MM-DD)
  --ca NAME         only bugs about this CA Owner (any spelling)
  --other-cas       with --ca: only bugs about other CA Owners
  --category TAG    only bugs with this whiteboard tag (e.g. dv-misissuance)
  --open            only bugs still open (as of the list's date)
  --resolved        only resolved bugs
  --limit N         at most N bugs (default 50)
  --list FILE       search this list instead of the bundled one
  --json            print the matches as JSON
  -h, --help        show this help
`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One match as one line of tab-separated columns. Every column is text from
 * the list (a refreshed list is whatever the server sent), so each is escaped
 * on its own: a tab, a line break or an ESC in a status can neither add a
 * column or a line nor drive the terminal.
 */
export function resultLine(bug: IncidentBug): string {
  const status = isOpen(bug) ? bug.status : `${bug.status} ${bug.resolution}`.trim();
  const columns = [String(bug.id), bug.date, status, bug.summary.replace(/\s+/g, " "), bug.tags.join(" "), bugUrl(bug.id)];
  return columns.map(terminalText).join("\t");
}

export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    help: { type: "boolean", short: "h" },
    since: { type: "string" },
    ca: { type: "string" },
    "other-cas": { type: "boolean" },
    category: { type: "string" },
    open: { type: "boolean" },
    resolved: { type: "boolean" },
    limit: { type: "string" },
    list: { type: "string" },
    json: { type: "boolean" },
  });
  if (parsed.ok && parsed.values.help) {
    io.stdout(SEARCH_HELP);
    return EXIT.ok;
  }
  const limit = parsed.ok && parsed.values.limit !== undefined ? Number(parsed.values.limit) : 50;
  const usageError = !parsed.ok
    ? parsed.message
    : parsed.values.since !== undefined && !DATE.test(parsed.values.since)
      ? `--since takes a date, YYYY-MM-DD (got "${parsed.values.since}")`
      : parsed.values.open && parsed.values.resolved
        ? "--open and --resolved exclude each other"
        : parsed.values["other-cas"] && parsed.values.ca === undefined
          ? "--other-cas needs --ca NAME"
          : !Number.isInteger(limit) || limit < 1
            ? "--limit takes a whole number above 0"
            : null;
  if (!parsed.ok || usageError) {
    io.stderr(`ccadb-report incidents search: ${terminalText(usageError ?? "")}\n\n${SEARCH_HELP}`);
    return EXIT.unusable;
  }
  const { values, positionals } = parsed;
  const loaded = values.list === undefined ? await bundledList(io) : await listFromFile(values.list, io);
  if (!loaded.ok) {
    io.stderr(`ccadb-report incidents search: ${terminalText(loaded.message)}\n`);
    return EXIT.unusable;
  }
  const filters: IncidentFilters = {
    since: values.since ?? null,
    owner: values.ca === undefined ? null : { name: values.ca, which: values["other-cas"] ? "others" : "this" },
    category: values.category ?? null,
    state: values.open ? "open" : values.resolved ? "resolved" : null,
  };
  const matches = searchIncidents(buildIncidentIndex(loaded.list), positionals.join(" "), filters, { limit });
  if (values.json) {
    io.stdout(`${terminalJson(matches.map((m) => ({ ...m.bug, url: bugUrl(m.bug.id), likely: m.likely })))}\n`);
  } else {
    for (const { bug } of matches) io.stdout(`${resultLine(bug)}\n`);
  }
  io.stderr(`${matches.length} ${matches.length === 1 ? "bug" : "bugs"} (list of ${loaded.list.retrieved}, ${loaded.list.bugs.length} bugs)\n`);
  return matches.length > 0 ? EXIT.ok : EXIT.notReady;
}
