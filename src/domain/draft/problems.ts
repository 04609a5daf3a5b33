/**
 * Problems with a draft, as a CA engineer reads them: a JSON path and a
 * sentence. Both the file schema's errors (zod issues) and the readiness
 * check's findings end up as `Problem`s, so the CLI and the wizard show them
 * the same way.
 */
import { wordList } from "../text/wordList.ts";
import type { z } from "zod";

/**
 * `path` is a JSON path like `actionItems[2].kind` or `summary.ccadbId`; the
 * root is `""`. Its first segment names the report section (or a top-level
 * field: `caOwner`, `title`, `kind`, `author`).
 */
export type Problem = {
  path: string;
  message: string;
  /**
   * Where the problem is fixed, when that is elsewhere: a contributing factor
   * without an action item is fixed by adding one under `actionItems`.
   */
  fixAt?: string;
  /** The problem in one line as shown at the field, under its label and help (absent: `message`). */
  brief?: string;
};

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** `["actionItems", 2, "kind"]` -> `actionItems[2].kind`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One line of output: `path: message`, or just the message for the root. */
export function formatProblem(problem: Problem): string {
  return problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`;
}

/** The first segment of a problem's path: the section or top-level field it belongs to. */
export function problemSection(problem: Problem): string {
  return /^[^.[]*/.exec(problem.path)?.[0] ?? "";
}

const MAX_SHOWN = 40;

/** Messages quote at most this many characters of a value: a 50 MB field must not become a 50 MB message. */
export const MAX_QUOTED = 80;

/** The start of a text for a message: at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = MAX_QUOTED): string {
  return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}

/**
 * A value quoted for a message, as JSON (so control characters show as
 * escapes), cut to `max` characters with an ellipsis.
 */
export function shortQuote(value: unknown, max = MAX_QUOTED): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") {
    const quoted = JSON.stringify(value.slice(0, max));
    return value.length > max ? `${quoted.slice(0, -1)}\u2026"` : quoted;
  }
  return clip(JSON.stringify(value) ?? String(value), max);
}

/** A short, unambiguous rendering of a value the user wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return shortQuote(value, MAX_SHOWN - 3);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return typeof value;
}

/** What a zod "expected" type means in the draft format's words. */
function describeType(expected: string): string {
  switch (expected) {
    case "string":
      return "text (a JSON string)";
    // Every number in the draft format (counts, bug numbers) is a whole number.
    case "number":
    case "int":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "object":
      return "an object";
    case "array":
      return "a list (JSON array)";
    case "null":
      return "null";
    default:
      return expected;
  }
}

function quoteValue(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/**
 * The allowed values of a choice. Half-written drafts may leave a choice as
 * `""`, so `""` is allowed by the file but is not a value anyone means to type.
 */
function describeChoices(values: readonly unknown[]): string {
  const real = values.filter((v) => v !== "");
  if (real.length === 1 && values.length === 1) return quoteValue(real[0]);
  const list = `one of ${real.map((v) => (typeof v === "string" ? v : quoteValue(v))).join(", ")}`;
  return real.length < values.length ? `${list} (or "" while not chosen yet)` : list;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** What one branch of a union wanted, from the first issue it raised. */
function describeExpectation(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return describeType(issue.expected);
    case "invalid_value":
      return issue.values.map(quoteValue).join(", ");
    case "too_small":
      return issue.origin === "number" || issue.origin === "int"
        ? `a number ${issue.inclusive ? "\u2265" : ">"} ${String(issue.minimum)}`
        : issue.message;
    default:
      return issue.message;
  }
}

function got(value: unknown): string {
  return value === undefined ? "but it is missing" : `got ${describeValue(value)}`;
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string {
  const min = String(issue.minimum);
  switch (issue.origin) {
    case "string":
      return issue.minimum === 1 ? "must not be empty" : `must be at least ${min} characters`;
    case "array":
      return `must have at least ${min} item${issue.minimum === 1 ? "" : "s"}`;
    case "number":
    case "int":
      return `expected a number ${issue.inclusive ? "\u2265" : ">"} ${min}`;
    default:
      return issue.message;
  }
}

function tooBig(issue: Extract<Issue, { code: "too_big" }>): string {
  const max = String(issue.maximum);
  switch (issue.origin) {
    case "string":
      return `must be at most ${max} characters`;
    case "array":
      return `must have at most ${max} items`;
    case "number":
    case "int":
      return `expected a number ${issue.inclusive ? "\u2264" : "<"} ${max}`;
    default:
      return issue.message;
  }
}

/** Zod's own messages start with these; a schema's custom message is already readable. */
const ZOD_DEFAULT = /^(?:Invalid|Too small|Too big|Unrecognized)/;

function messageFor(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `is missing: expected ${describeType(issue.expected)}`;
      return `expected ${describeType(issue.expected)}, ${got(value)}`;
    case "invalid_value":
      return `expected ${describeChoices(issue.values)}, ${got(value)}`;
    case "invalid_union": {
      const branches = issue.errors.map((errors) => errors[0]).filter((e): e is Issue => e !== undefined);
      if (branches.length === 0) return `${issue.message}, ${got(value)}`;
      return `expected ${wordList(branches.map(describeExpectation), "or")}, ${got(value)}`;
    }
    case "too_small":
      return `${tooSmall(issue)}, ${got(value)}`;
    case "too_big":
      return `${tooBig(issue)}, ${got(value)}`;
    case "invalid_format":
      if (!ZOD_DEFAULT.test(issue.message)) return `${issue.message}, ${got(value)}`;
      return issue.pattern ? `expected text matching ${issue.pattern}, ${got(value)}` : `expected a valid ${issue.format}, ${got(value)}`;
    case "unrecognized_keys":
    case "not_multiple_of":
    case "invalid_key":
    case "invalid_element":
    case "custom":
      return issue.message;
  }
}

/** Edit distance, to suggest the key a typo meant ("sumary" -> "summary"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Unknown keys are reported one per key. When the same object also misses a
 * key that is spelled almost the same, that is almost certainly the typo.
 */
function unknownKeyProblems(issue: Extract<Issue, { code: "unrecognized_keys" }>, all: readonly Issue[]): Problem[] {
  const parent = formatPath(issue.path);
  const missing = all
    .filter((other) => other.code === "invalid_type" && other.path.length === issue.path.length + 1)
    .filter((other) => formatPath(other.path.slice(0, -1)) === parent)
    .map((other) => String(other.path[other.path.length - 1]));
  return issue.keys.map((key) => {
    // A key far longer than any name is no typo (and comparing it would cost its length times theirs).
    const guess = key.length > MAX_QUOTED ? undefined : missing.find((name) => distance(name.toLowerCase(), key.toLowerCase()) <= 2);
    const hint = guess === undefined ? "" : ` (did you mean "${guess}"?)`;
    return { path: parent, message: `unknown key ${shortQuote(key)}${hint}` };
  });
}

/**
 * Zod 4 issues as `Problem`s. `input` is the value that was parsed: zod only
 * copies the offending value into an issue when asked (`reportInput`), so it
 * is looked up by path to say what was found.
 */
export function formatZodIssues(issues: readonly Issue[], input?: unknown): Problem[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") return unknownKeyProblems(issue, issues);
    const value = "input" in issue && issue.input !== undefined ? issue.input : valueAt(input, issue.path);
    return [{ path: formatPath(issue.path), message: messageFor(issue, value) }];
  });
}
