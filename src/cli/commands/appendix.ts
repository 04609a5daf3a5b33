/**
 * `ccadb-report appendix`: certificates (and CRLs) in, the guidelines' CSV or
 * crt.sh list out. The same domain code as the browser's Appendix step.
 */
import { parseArgs } from "node:util";
import { instantOf } from "../../domain/draft/datetime.ts";
import { buildAppendix } from "../../domain/appendix/appendix.ts";
import { CRTSH_THRESHOLD, toCrtShList } from "../../domain/appendix/crtsh.ts";
import { csvPieces, formulaCells } from "../../domain/appendix/csv.ts";
import { describeFormulaCell } from "../../domain/appendix/spreadsheetSafety.ts";
import { admitFiles } from "../../domain/appendix/admit.ts";
import { FAILURES_IN_A_ROW, FAILURES_PER_FILE, PROBLEMS_LISTED_PER_FILE, problemCount, readFile, type InputResult } from "../../domain/appendix/input.ts";
import { formatCount } from "../../domain/text/formatCount.ts";
import { INPUT_LIMITS, formatBytes } from "../../domain/limits/inputLimits.ts";
import { formatProblem, messageOf } from "../../domain/appendix/problems.ts";
import { DEADLINES, type Deadline, type RevocationPolicy } from "../../domain/appendix/revocation.ts";
import { nodePlatform } from "../appendixPlatform.ts";
import type { CliIo } from "../io.ts";

const HELP = `Usage: ccadb-report appendix [options] FILE...

Reads certificates (PEM bundles, DER; precertificates are paired with their
certificates) and writes the Appendix CSV of the CCADB Incident Reporting
Guidelines to stdout. Problems go to stderr, naming file and position.

Options:
  --crl FILE           the issuer's CRL (PEM or DER); repeatable. Listed serials
                       get "Yes", the revocation date and reason.
  --crtsh              write https://crt.sh/?sha256=<hash> lines instead of CSV
                       (the guidelines' option for 10,000 or more certificates)
  --smime              withhold Subject and dNSNames (S/MIME personal data)
  --spreadsheet-safe   prefix each cell a spreadsheet would run as a formula
                       (starting with =, +, -, @, tab or CR) with ' (the header
                       stays exact); without it the CSV is exact and each such
                       cell is named on stderr
  --aware DATETIME     when the CA became aware, e.g. 2025-03-04T17:20Z
  --deadline 24h|5d    the BR revocation deadline from --aware: revocations
                       after it are "Delayed", pending ones "Planned"
  --now DATETIME       the time to judge expiry and deadlines by (default: now)
  -h, --help           show this help

Limits: ${formatBytes(INPUT_LIMITS.certificateFile.bytes)} per file, ${formatBytes(INPUT_LIMITS.certificateSession.bytes)} for all files
together (larger files are not read, with a message). Only the first
${PROBLEMS_LISTED_PER_FILE} problems of a file are listed (the rest are counted), and a file stops
being read after ${formatCount(FAILURES_IN_A_ROW)} bad items in a row or ${formatCount(FAILURES_PER_FILE)} in all.

Exit status: 0 all read, 1 some input had problems (the rest is written),
2 usage error.
`;

const OPTIONS = {
  crl: { type: "string", multiple: true },
  crtsh: { type: "boolean" },
  smime: { type: "boolean" },
  "spreadsheet-safe": { type: "boolean" },
  aware: { type: "string" },
  deadline: { type: "string" },
  now: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function isDeadline(value: string): value is Deadline {
  return Object.hasOwn(DEADLINES, value);
}

type Parsed = { files: string[]; crls: string[]; crtsh: boolean; smime: boolean; spreadsheetSafe: boolean; policy: RevocationPolicy; help: boolean };

function parse(args: string[]): Parsed | string {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    return messageOf(error);
  }
  const now = values.now === undefined ? Date.now() : instantOf(values.now);
  if (now === null) return `--now: expected a date or DateTime, got "${values.now}"`;
  const awareAtMs = values.aware === undefined ? null : instantOf(values.aware);
  if (values.aware !== undefined && awareAtMs === null) return `--aware: expected a date or DateTime with offset, got "${values.aware}"`;
  const deadline = values.deadline ?? null;
  if (deadline !== null && !isDeadline(deadline)) return `--deadline: expected 24h or 5d, got "${deadline}"`;
  if ((awareAtMs === null) !== (deadline === null)) return "--aware and --deadline go together";
  return {
    files: positionals,
    crls: values.crl ?? [],
    crtsh: values.crtsh ?? false,
    smime: values.smime ?? false,
    spreadsheetSafe: values["spreadsheet-safe"] ?? false,
    help: values.help ?? false,
    policy: { now, awareAtMs, deadline },
  };
}

export async function appendixCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === "string") {
    io.stderr(`ccadb-report appendix: ${parsed}\nTry "ccadb-report appendix --help".\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  if (parsed.files.length === 0) {
    io.stderr(`ccadb-report appendix: no certificate files given\nTry "ccadb-report appendix --help".\n`);
    return 2;
  }
  const input: InputResult = { certificates: [], crls: [], problems: [] };
  const sized: Array<{ name: string; size: number }> = [];
  for (const path of [...parsed.files, ...parsed.crls]) {
    try {
      sized.push({ name: path, size: await io.fileSize(path) });
    } catch (error) {
      input.problems.push({ file: path, position: "", message: `could not be read: ${messageOf(error)}` });
    }
  }
  const { admitted, refused } = admitFiles(sized);
  input.problems.push(...refused);
  // One file in memory at a time: nothing read keeps a reference to the file's bytes.
  for (const { name: path } of admitted) {
    try {
      readFile({ name: path, bytes: await io.readFile(path) }, input, undefined, nodePlatform);
    } catch (error) {
      input.problems.push({ file: path, position: "", message: `could not be read: ${messageOf(error)}` });
    }
  }
  const result = buildAppendix(input, parsed.policy);
  if (parsed.crtsh) io.stdout(toCrtShList(result.rows));
  else for (const piece of csvPieces(result.rows, { smime: parsed.smime, spreadsheetSafe: parsed.spreadsheetSafe })) io.stdout(piece);
  for (const problem of result.problems) io.stderr(`ccadb-report appendix: ${formatProblem(problem)}\n`);
  if (!parsed.crtsh) {
    const formulas = formulaCells(result.rows, { smime: parsed.smime });
    const done = parsed.spreadsheetSafe ? "prefixed with ' in this spreadsheet-safe CSV" : "kept exact; --spreadsheet-safe prefixes it with '";
    for (const cell of formulas) io.stderr(`ccadb-report appendix: warning: ${describeFormulaCell(cell)} (${done})\n`);
  }
  const notes = [`${result.rows.length} certificates`];
  if (result.duplicates) notes.push(`${result.duplicates} duplicates merged`);
  if (result.crls.length) notes.push(`${result.crlMatches} found on ${result.crls.length} CRL(s)`);
  const problems = problemCount(result);
  if (problems) notes.push(`${formatCount(problems)} problem(s)`);
  io.stderr(`ccadb-report appendix: ${notes.join(", ")}\n`);
  if (!parsed.crtsh && result.rows.length >= CRTSH_THRESHOLD) {
    io.stderr("ccadb-report appendix: 10,000 or more certificates: the guidelines allow the crt.sh list instead (--crtsh)\n");
  }
  return problems ? 1 : 0;
}
