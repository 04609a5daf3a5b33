/**
 * The commands of `ccadb-report`, by name. Each takes its own arguments and
 * the `CliIo`, and returns its exit code.
 */
import type { CliIo } from "../io.ts";
import { appendixCommand } from "./appendix.ts";
import { importCommand } from "./import.ts";
import { incidentsCommand } from "./incidents.ts";
import { renderCommand } from "./render.ts";
import { schemaCommand } from "./schema.ts";
import { validateCommand } from "./validate.ts";

export type Command = {
  /** One line for the global usage. */
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
};

export const COMMANDS = {
  validate: { summary: "check that a draft is ready to post (exit 0), or list its problems (exit 1)", run: validateCommand },
  render: { summary: "print the report as Markdown for Bugzilla", run: renderCommand },
  schema: { summary: "print the JSON Schema of the draft file format", run: schemaCommand },
  appendix: { summary: "turn certificates (and CRLs) into the Appendix CSV or crt.sh list", run: appendixCommand },
  import: { summary: "read a posted report's Markdown back into a draft (JSON)", run: importCommand },
  incidents: { summary: "search CA Certificate Compliance bugs for related incidents, or refresh their list", run: incidentsCommand },
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
