/**
 * Reading a draft file: JSON text or an already-parsed value in, a `Draft` or
 * every reason it is not one out. This is the file level (types, enums, known
 * keys); whether the report is ready to post is `checkReadiness`.
 */
import { decodeTextFile, lineAndColumn, type DecodedText } from "../limits/textFile.ts";
import { draftContentProblem } from "../limits/draftContent.ts";
import { jsonDepthProblem } from "../limits/jsonDepth.ts";
import { migrate, versionOf } from "./migrate.ts";
import { nulProblems } from "./nulStrings.ts";
import { formatZodIssues, shortQuote, type Problem } from "./problems.ts";
import { DRAFT_FORMAT, DRAFT_VERSION, DraftSchema, type Draft } from "./schema.ts";

export type ParseResult = { ok: true; draft: Draft } | { ok: false; problems: Problem[] };

function fail(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * V8's JSON errors say "... in JSON at position 14" (newer versions add
 * "(line 2 column 3)"); we say it in lines and columns, which editors show.
 */
function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(raw);
  const position = /at position (\d+)/.exec(raw);
  const reason = raw
    .replace(/(?<!\s)\s*\(line \d+ column \d+\)/, "")
    .replace(/(?<!\s)\s*in JSON at position \d+/, "")
    .replace(/, ".*" is not valid JSON$/s, "");
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}: ${reason}`;
  if (position) {
    const where = lineAndColumn(text, Number(position[1]));
    return `line ${where.line}, column ${where.column}: ${reason}`;
  }
  if (/end of JSON input/.test(raw)) {
    const where = lineAndColumn(text, text.length);
    return `line ${where.line}, column ${where.column}: the file ends before the JSON does`;
  }
  return reason;
}

/** A draft file's bytes as text: UTF-8 only, without NUL characters (the CLI and the app both read files through here). */
export function decodeDraftBytes(bytes: Uint8Array, fileName: string): DecodedText {
  return decodeTextFile(bytes, fileName, "a draft is a JSON file");
}

/** A draft file's text (UTF-8, with or without a byte order mark). */
export function parseDraftText(text: string, fileName?: string): ParseResult {
  const name = fileName ?? "the draft";
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return fail("", `${name} is empty: expected a ${DRAFT_FORMAT} JSON file`);
  const tooDeep = jsonDepthProblem(body, name);
  if (tooDeep) return fail("", tooDeep);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return fail("", `${name} is not valid JSON: ${describeJsonError(body, error)}`);
  }
  const tooMuch = draftContentProblem(value);
  if (tooMuch) return { ok: false, problems: [tooMuch] };
  const nul = nulProblems(value);
  if (nul.length > 0) return { ok: false, problems: nul };
  return parseDraftValue(value);
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list (JSON array)";
  return typeof value === "string" ? "a string" : typeof value;
}

/**
 * An already-parsed value (from storage, an import, a test). The format tag
 * and version are checked first, so a file that is not a draft at all gets
 * one clear sentence instead of a page of schema errors.
 */
export function parseDraftValue(value: unknown): ParseResult {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail("", `expected a JSON object (a ${DRAFT_FORMAT} file), got ${kindOf(value)}`);
  }
  const format: unknown = Reflect.get(value, "format");
  if (format !== DRAFT_FORMAT) {
    const found = format === undefined ? "it has no \"format\"" : `its "format" is ${shortQuote(format)}`;
    return fail("format", `this is not a ${DRAFT_FORMAT} file (${found}; expected "${DRAFT_FORMAT}")`);
  }
  const version = versionOf(value);
  if (version === null) {
    return fail("version", `expected a version number (this tool writes version ${DRAFT_VERSION}), got ${shortQuote(Reflect.get(value, "version"))}`);
  }
  if (version > DRAFT_VERSION) {
    return fail("version", `version ${version} is newer than this tool, which reads versions up to ${DRAFT_VERSION}: update ccadb-report`);
  }
  if (version < 1) return fail("version", `version ${version} does not exist: draft versions start at 1`);
  const current = migrate(value);
  const result = DraftSchema.safeParse(current);
  if (result.success) return { ok: true, draft: result.data };
  return { ok: false, problems: formatZodIssues(result.error.issues, current) };
}
