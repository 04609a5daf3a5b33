/**
 * `ccadb-report`: the command line, a thin layer over `src/domain`. Commands
 * never throw at the user: an unexpected error becomes one line on stderr,
 * never a stack trace.
 */
import { COMMANDS, isCommandName } from "./commands/index.ts";
import { EXIT } from "./exitCodes.ts";
import { nodeIo, type CliIo } from "./io.ts";

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: ccadb-report COMMAND [options] [FILE]

Write CCADB incident reports that are complete and render right in Bugzilla.

Commands:
${lines.join("\n")}

Run "ccadb-report COMMAND --help" for a command's options.
`;
}

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT.unusable;
  }
  if (name === "--help" || name === "-h") {
    io.stdout(usage());
    return EXIT.ok;
  }
  if (name === "help") {
    const [topic] = args;
    if (topic === undefined) {
      io.stdout(usage());
      return EXIT.ok;
    }
    return main([topic, "--help"], io);
  }
  if (!isCommandName(name)) {
    io.stderr(`ccadb-report: unknown command "${name}"\n\n${usage()}`);
    return EXIT.unusable;
  }
  try {
    return await COMMANDS[name].run(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`ccadb-report ${name}: internal error: ${message}\n`);
    return EXIT.unusable;
  }
}
