/**
 * The older incident report of the Mozilla wiki ("Responding to an
 * Incident"): numbered answers to seven questions ("1. How your CA first
 * became aware of the problem…"), or "Topic N:" lines in an email. Read as a
 * Full report: awareness -> Summary, timeline -> Timeline, stopped -> Issuance
 * stopped, summary of the certificates -> Impact, data -> Appendix,
 * explanation -> Root Cause Analysis, steps -> Action Items.
 */
import type { FieldKey } from "../draft/catalogue.ts";
import { NOT_APPLICABLE } from "../draft/catalogue.ts";
import { normalizeText } from "../render/markdown.ts";
import { readBullets } from "./bullets.ts";
import { newContext, skip, type ReadContext } from "./context.ts";
import { assignField } from "./fields.ts";
import { paragraphs, trimBlankLines, type Line } from "./lines.ts";
import { keepBefore } from "./outside.ts";
import { finishReading } from "./readReport.ts";
import { readTimeline } from "./sections/timeline.ts";
import type { ImportOptions, Unmapped } from "./types.ts";
import type { Draft } from "../draft/schema.ts";

type Reader = (ctx: ReadContext, lines: readonly Line[], text: string) => void;

const field =
  (key: FieldKey): Reader =>
  (ctx, lines, text) =>
    assignField(ctx, key, text, lines[0]);

/** The wiki's wording of each question (older and newer page), a word that identifies it, and where its answer goes. */
export const QUESTIONS: ReadonlyArray<{ n: number; wording: string; key: RegExp; read: Reader }> = [
  {
    n: 1,
    wording:
      "How your CA first became aware of the problem (e.g. via a problem report submitted to your Problem Reporting Mechanism, via a discussion in mozilla.dev.security.policy, or via a Bugzilla bug), and the time and date.",
    key: /\baware\b/i,
    read: field("summary.incidentDescription"),
  },
  {
    n: 2,
    wording:
      "A timeline of the actions your CA took in response. A timeline is a date-and-time-stamped sequence of all relevant events. This may include events before the incident was reported, such as when a particular requirement became applicable, or a document changed, or a bug was introduced, or an audit was done.",
    key: /\btimeline\b/i,
    read: (ctx, lines) => readTimeline(lines, ctx),
  },
  {
    n: 3,
    wording:
      "Whether your CA has stopped, or has not yet stopped, issuing certificates with the problem. A statement that you have will be considered a pledge to the community; a statement that you have not requires an explanation.",
    key: /\bstopped\b|\bceased?\b/i,
    read: field("impact.issuanceStopped"),
  },
  {
    n: 4,
    wording: "A summary of the problematic certificates. For each problem: number of certs, and the date the first and last certs with that problem were issued.",
    key: /summary of the problematic|number of cert/i,
    read: field("impact.additionalConsiderations"),
  },
  {
    n: 5,
    wording:
      "The complete certificate data for the problematic certificates. The recommended way to provide this is to ensure each certificate is logged to CT and then list the fingerprints or crt.sh IDs, either in the report or as an attached spreadsheet, with one list per distinct problem.",
    key: /certificate data/i,
    read: field("appendix.text"),
  },
  {
    n: 6,
    wording: "Explanation about how and why the mistakes were made or bugs introduced, and how they avoided detection until now.",
    key: /\bexplanation\b|how and why/i,
    read: (ctx, _lines, text) => {
      ctx.draft.rootCauses.push({ id: "", title: "", description: text, timeline: "", detection: "", interaction: "", methodology: "" });
    },
  },
  {
    n: 7,
    wording:
      "List of steps your CA is taking to resolve the situation and ensure that such situation or incident will not be repeated in the future, accompanied with a binding timeline of when your CA expects to accomplish each of these remediation steps.",
    key: /\bsteps\b/i,
    read: readSteps,
  },
];

/** Each listed step becomes an action item; an answer that is not a list is one. */
function readSteps(ctx: ReadContext, lines: readonly Line[], text: string): void {
  const { bullets, stray } = readBullets(lines, "lenient");
  const item = (description: string) =>
    ctx.draft.actionItems.push({ id: "", description, kind: "", addresses: [], evaluationCriteria: "", dueDate: "", status: "" });
  if (bullets.length === 0) {
    if (text !== "") item(text);
    return;
  }
  for (const paragraph of paragraphs(stray)) skip(ctx, paragraph, "text outside the list of steps");
  for (const bullet of bullets) item(normalizeText([bullet.first.trim(), ...bullet.body.map((l) => l.text.trim())].join("\n")));
}

const MARKUP = /^(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*|__)?/;
// Tried on at most 600 characters of one line (questionOf), where `(.*)$` always matches: no backtracking.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- bounded input, see above
const NUMBERED = /^(?:(?:topic|question)[ \t]*(\d)[ \t]*[:.)\u2013-]?|(\d)[ \t]*[.)])[ \t]*(.*)$/i;

type Found = { n: number; index: number; topic: boolean; rest: string };

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** How many of the line's first words are the question's own wording. */
function wordingLength(rest: string, wording: string): number {
  const written = wordsOf(rest);
  const asked = wordsOf(wording);
  let m = 0;
  while (m < written.length && m < asked.length && written[m] === asked[m]) m++;
  return m;
}

function questionOf(text: string): Omit<Found, "index"> | null {
  const bare = text.slice(0, 600).trim().replace(MARKUP, "");
  const m = NUMBERED.exec(bare);
  if (!m) return null;
  const topic = m[1] !== undefined;
  const n = Number(m[1] ?? m[2]);
  const question = QUESTIONS.find((q) => q.n === n);
  if (!question) return null;
  const rest = m[3].replace(/(\*\*|__)$/, "");
  if (!topic && !question.key.test(rest.slice(0, 200)) && wordingLength(rest, question.wording) < 3) return null;
  return { n, topic, rest };
}

/** The question lines, in order, if at least three of the seven are there. */
export function findQuestions(lines: readonly Line[]): Found[] | null {
  const found: Found[] = [];
  lines.forEach((line, index) => {
    const q = questionOf(line.text);
    if (q && q.n > (found[found.length - 1]?.n ?? 0)) found.push({ ...q, index });
  });
  return found.length >= 3 ? found : null;
}

/** The answer's text that follows the question on its own line, if any. */
function answerOnLine(found: Found): { answer: string; question: string } {
  const wording = QUESTIONS.find((q) => q.n === found.n)?.wording ?? "";
  const m = wordingLength(found.rest, wording);
  if (m === 0) return found.topic ? { answer: found.rest, question: "" } : { answer: "", question: found.rest };
  // Cut after the m-th word of the wording, then the punctuation that ends the question.
  const word = /[a-z0-9]+/gi;
  let end = 0;
  for (let i = 0; i < m; i++) {
    const hit = word.exec(found.rest);
    if (!hit) break;
    end = hit.index + hit[0].length;
  }
  const tail = found.rest.slice(end);
  const answer = tail.replace(/^[ \t]*[).,;:?]*[ \t]*/, "");
  return { answer, question: found.rest.slice(0, found.rest.length - answer.length).trim() };
}

export function readQuestions(lines: readonly Line[], found: readonly Found[], options: ImportOptions): { draft: Draft; unmapped: Unmapped[] } {
  const ctx = newContext("lenient", "full", options.author ?? "ca-owner", "questions");
  keepBefore(lines.slice(0, found[0].index), ctx, "text before the first question");
  found.forEach((q, i) => {
    const question = QUESTIONS.find((x) => x.n === q.n);
    if (!question) return;
    const line = lines[q.index];
    const { answer, question: asked } = answerOnLine(q);
    ctx.heading = `${q.n}. ${asked || question.wording}`.slice(0, 120);
    // A question in the report's own words (not the wiki's) is kept: its words are the author's.
    if (asked !== "" && wordingLength(asked, question.wording) < wordsOf(asked).length) skip(ctx, [{ n: line.n, text: asked }], "the question, in the report's words");
    const below = lines.slice(q.index + 1, found[i + 1]?.index ?? lines.length);
    const answerLines = trimBlankLines(answer === "" ? below : [{ n: line.n, text: answer }, ...below]);
    if (answerLines.length === 0) return;
    const text = normalizeText(dedentAll(answerLines).join("\n"));
    question.read(ctx, answerLines, text === NOT_APPLICABLE ? NOT_APPLICABLE : text);
  });
  return finishReading(ctx, options);
}

function dedentAll(lines: readonly Line[]): string[] {
  const widths = lines.filter((l) => l.text.trim() !== "").map((l) => l.text.length - l.text.trimStart().length);
  const common = widths.length === 0 ? 0 : Math.min(...widths);
  return lines.map((l) => l.text.slice(Math.min(common, l.text.length - l.text.trimStart().length)));
}
