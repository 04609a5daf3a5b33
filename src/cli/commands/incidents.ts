/**
 * `ccadb-report incidents refresh|search`: the Related Incidents finder's
 * list of CA Certificate Compliance bugs, from the command line.
 */
import { EXIT } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";
import { refreshCommand } from "../incidents/refresh.ts";
import { searchCommand } from "../incidents/search.ts";

export const INCIDENTS_HELP = `Usage: ccadb-report incidents COMMAND [options]

Related incidents: bugs of Bugzilla's CA Certificate Compliance component.

Commands:
  search WORDS...   print the bugs matching WORDS (see "incidents search --help")
  refresh           download a fresh list from Bugzilla (see "incidents refresh --help")
`;

export async function incidentsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "search") return searchCommand(rest, io);
  if (sub === "refresh") return refreshCommand(rest, io);
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout(INCIDENTS_HELP);
    return EXIT.ok;
  }
  io.stderr(`ccadb-report incidents: ${sub === undefined ? "expected search or refresh" : `unknown command "${sub}"`}\n\n${INCIDENTS_HELP}`);
  return EXIT.unusable;
}
