/**
 * The commands of `ccadb-report`, by name. Each takes its own arguments and
 * the `CliIo`, and returns its exit code. Each is loaded when it runs, so a
 * call evaluates only its own command's code (`appendix` never builds the
 * draft schema, `--help` builds nothing).
 */
import type { CliIo } from "../io.ts";

export type Command = {
  /** One line for the global usage. */
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
};

export const COMMANDS = {
  validate: {
    summary: "check that a draft is ready to post (exit 0), or list its problems (exit 1)",
    run: async (args, io) => (await import("./validate.ts")).validateCommand(args, io),
  },
  render: { summary: "print the report as Markdown for Bugzilla", run: async (args, io) => (await import("./render.ts")).renderCommand(args, io) },
  schema: { summary: "print the JSON Schema of the draft file format", run: async (args, io) => (await import("./schema.ts")).schemaCommand(args, io) },
  appendix: {
    summary: "turn certificates (and CRLs) into the Appendix CSV or crt.sh list",
    run: async (args, io) => (await import("./appendix.ts")).appendixCommand(args, io),
  },
  deadlines: {
    summary: "print the incident's deadlines from a draft file (exit 1 when one is overdue)",
    run: async (args, io) => (await import("./deadlines.ts")).deadlinesCommand(args, io),
  },
  import: { summary: "read a posted report's Markdown back into a draft (JSON)", run: async (args, io) => (await import("./import.ts")).importCommand(args, io) },
  incidents: {
    summary: "search CA Certificate Compliance bugs for related incidents, or refresh their list",
    run: async (args, io) => (await import("./incidents.ts")).incidentsCommand(args, io),
  },
  bug: {
    summary: "read a Bugzilla bug's incident record: reports posted, open questions, Whiteboard",
    run: async (args, io) => (await import("./bug.ts")).bugCommand(args, io),
  },
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
