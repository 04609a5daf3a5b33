/** `ccadb-report schema`: the draft format's JSON Schema, as published in public/draft.schema.json. */
import { draftJsonSchema } from "../../domain/draft/jsonSchema.ts";
import { parseCommandArgs } from "../args.ts";
import { EXIT } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";

export const SCHEMA_HELP = `Usage: ccadb-report schema

Prints the JSON Schema of the draft file format (version 1) on stdout.
It describes what a draft file may contain; \`ccadb-report validate\` also
checks whether the report is ready to post.

Options:
  -h, --help   show this help
`;

export async function schemaCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { help: { type: "boolean", short: "h" } });
  if (!parsed.ok || parsed.positionals.length > 0) {
    io.stderr(`ccadb-report schema: ${parsed.ok ? `unexpected argument "${parsed.positionals[0]}"` : parsed.message}\n\n${SCHEMA_HELP}`);
    return EXIT.unusable;
  }
  if (parsed.values.help) {
    io.stdout(SCHEMA_HELP);
    return EXIT.ok;
  }
  io.stdout(`${JSON.stringify(draftJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
