/**
 * Argument parsing shared by the commands: node's `parseArgs`, with its
 * errors turned into one line for the user instead of a TypeError.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export type Parsed<O extends Options> =
  | { ok: true; values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>["values"]; positionals: string[] }
  | { ok: false; message: string };

export function parseCommandArgs<O extends Options>(args: string[], options: O): Parsed<O> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { ok: true, values, positionals };
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--x'"); its hints about `--` are noise here.
    const message = error instanceof Error ? error.message.split(". To specify")[0] : String(error);
    return { ok: false, message };
  }
}
