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

/**
 * The wiki's wording of each question (older and newer page), a word that
 * identifies it, and where its answer goes. `also`: the wording of the
 * Bugzilla bug template of 2019–2023, and the short forms CAs use as labels.
 */
export const QUESTIONS: ReadonlyArray<{ n: number; wording: string; also: readonly string[]; key: RegExp; read: Reader }> = [
  {
    n: 1,
    wording:
      "How your CA first became aware of the problem (e.g. via a problem report submitted to your Problem Reporting Mechanism, via a discussion in mozilla.dev.security.policy, or via a Bugzilla bug), and the time and date.",
    also: ["How your CA first became aware of the problem (e.g. via a problem report submitted to your Problem Reporting Mechanism, a discussion in mozilla.dev.security.policy, a Bugzilla bug, or internal self-audit), and the time and date."],
    key: /\baware\b/i,
    read: field("summary.incidentDescription"),
  },
  {
    n: 2,
    wording:
      "A timeline of the actions your CA took in response. A timeline is a date-and-time-stamped sequence of all relevant events. This may include events before the incident was reported, such as when a particular requirement became applicable, or a document changed, or a bug was introduced, or an audit was done.",
    also: ["Timeline"],
    key: /\btimeline\b/i,
    read: (ctx, lines) => readTimeline(lines, ctx),
  },
  {
    n: 3,
    wording:
      "Whether your CA has stopped, or has not yet stopped, issuing certificates with the problem. A statement that you have will be considered a pledge to the community; a statement that you have not requires an explanation.",
    also: ["Whether your CA has stopped, or has not yet stopped, certificate issuance or the process giving rise to the problem or incident. A statement that you have stopped will be considered a pledge to the community; a statement that you have not stopped requires an explanation."],
    key: /\bstopped\b|\bceased?\b/i,
    read: field("impact.issuanceStopped"),
  },
  {
    n: 4,
    wording: "A summary of the problematic certificates. For each problem: number of certs, and the date the first and last certs with that problem were issued.",
    also: ["In a case involving certificates, a summary of the problematic certificates. For each problem: the number of certificates, and the date the first and last certificates with that problem were issued. In other incidents that do not involve enumerating the affected certificates (e.g. OCSP failures, audit findings, delayed responses, etc.), please provide other similar statistics, aggregates, and a summary for each type of problem identified. This will help us measure the severity of each problem.", "Summary of the problematic certificates"],
    key: /summary of the problematic|number of cert/i,
    read: field("impact.additionalConsiderations"),
  },
  {
    n: 5,
    wording:
      "The complete certificate data for the problematic certificates. The recommended way to provide this is to ensure each certificate is logged to CT and then list the fingerprints or crt.sh IDs, either in the report or as an attached spreadsheet, with one list per distinct problem.",
    also: ["In a case involving TLS server certificates, the complete certificate data for the problematic certificates. The recommended way to provide this is to ensure each certificate is logged to CT and then list the fingerprints or crt.sh IDs, either in the report or as an attached spreadsheet, with one list per distinct problem.", "Certificate data"],
    key: /certificate data/i,
    read: field("appendix.text"),
  },
  {
    n: 6,
    wording: "Explanation about how and why the mistakes were made or bugs introduced, and how they avoided detection until now.",
    also: [],
    key: /\bexplanation\b|how and why/i,
    read: (ctx, _lines, text) => {
      ctx.draft.rootCauses.push({ id: "", title: "", description: text, timeline: "", detection: "", interaction: "", methodology: "" });
    },
  },
  {
    n: 7,
    wording:
      "List of steps your CA is taking to resolve the situation and ensure that such situation or incident will not be repeated in the future, accompanied with a binding timeline of when your CA expects to accomplish each of these remediation steps.",
    also: ["List of steps your CA is taking to resolve the situation and ensure that such situation or incident will not be repeated in the future, accompanied by a binding timeline of when your CA expects to accomplish each of these remediation steps."],
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
const NUMBERED = /^(?:(?:topic|question|q)[ \t]*(\d)[ \t]*[:.)\u2013-]?|(\d)[ \t]*[.)])[ \t]*(.*)$/i;

/** `m`: how many of the line's first words are one of the question's wordings. `label`: written as a label ("Timeline:"). */
type Found = { n: number; index: number; topic: boolean; rest: string; m: number };

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** The wording without its "(e.g. …)" parts. */
function withoutParentheses(text: string): string {
  let out = "";
  let depth = 0;
  for (const c of text) {
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** Each wording as written, and without its parenthesised examples (CAs often leave those out). */
const WORDINGS = new Map(
  QUESTIONS.map((q) => [q.n, [q.wording, ...q.also].flatMap((w) => [wordsOf(w), wordsOf(withoutParentheses(w))])]),
);

/** How many of the line's first words are the question's own wording (the longest of its wordings). */
function wordingLength(rest: string, n: number): number {
  const written = wordsOf(rest.slice(0, 1200));
  let best = 0;
  for (const asked of WORDINGS.get(n) ?? []) {
    let m = 0;
    while (m < written.length && m < asked.length && written[m] === asked[m]) m++;
    // A short wording ("Timeline") counts only when written whole.
    if (m === asked.length || m >= 3) best = Math.max(best, m);
  }
  return best;
}

/** Enough of the wording to be sure the line asks the question, with no number before it. */
const SURE_WORDS = 4;
/** So much of the wording that one question alone (a paste cut off after it) is surely the wiki's format. */
const STRONG_WORDS = 6;

function questionOf(text: string): Omit<Found, "index"> | null {
  const bare = text.slice(0, 600).trim().replace(MARKUP, "").replace(/(\*\*|__)$/, "");
  const numbered = NUMBERED.exec(bare);
  const topic = numbered !== null && numbered[1] !== undefined;
  const rest = (numbered ? numbered[3] : bare).replace(/(\*\*|__)$/, "");
  // The wording says which question it is: "1." may number every question, and copied pages lose the numbers.
  let best = { n: 0, m: 0 };
  for (const q of QUESTIONS) {
    const m = wordingLength(rest, q.n);
    if (m > best.m) best = { n: q.n, m };
  }
  if (best.m > 0) {
    const whole = wordsOf(rest).length === best.m || /^[^a-z0-9]*:/i.test(rest.slice(cutAfter(rest, best.m)));
    if (numbered || best.m >= SURE_WORDS || whole) return { n: best.n, topic: false, rest, m: best.m };
  }
  if (!numbered) return null;
  const n = Number(numbered[1] ?? numbered[2]);
  const question = QUESTIONS.find((q) => q.n === n);
  if (!question || (!topic && !question.key.test(rest.slice(0, 200)))) return null;
  return { n, topic, rest, m: 0 };
}

/** The question lines, in order: at least three of the seven, or one that is unmistakably the wiki's wording. */
export function findQuestions(lines: readonly Line[]): Found[] | null {
  const found: Found[] = [];
  lines.forEach((line, index) => {
    const q = questionOf(line.text);
    if (q && q.n > (found[found.length - 1]?.n ?? 0)) found.push({ ...q, index });
  });
  return found.length >= 3 || found.some((q) => q.m >= STRONG_WORDS) ? found : null;
}

/** Where the m-th word of `text` ends. */
function cutAfter(text: string, m: number): number {
  const word = /[a-z0-9]+/gi;
  let end = 0;
  for (let i = 0; i < m; i++) {
    const hit = word.exec(text);
    if (!hit) break;
    end = hit.index + hit[0].length;
  }
  return end;
}

/**
 * The answer's text that follows the question on its own line, if any. The
 * question ends where its wording does, at a colon ("Timeline: …"), or, when
 * the answer is on the lines below, at the end of the line (an abridged
 * question: "How your CA first became aware of the problem, and the time").
 */
function answerOnLine(found: Found, answerBelow: boolean): { answer: string; question: string } {
  if (found.m === 0) return found.topic ? { answer: found.rest, question: "" } : { answer: "", question: found.rest };
  const tail = found.rest.slice(cutAfter(found.rest, found.m));
  const colon = tail.indexOf(":");
  const sentenceEnd = tail.search(/[.?!][ \t]/);
  let answer: string;
  if (colon !== -1 && (sentenceEnd === -1 || colon < sentenceEnd)) answer = tail.slice(colon + 1).replace(/^(?:\*\*|__)/, "").trim();
  else if (answerBelow && /^[ \t]*[,(a-z]/.test(tail)) answer = "";
  else answer = tail.replace(/^[ \t]*[).,;:?]*[ \t]*/, "");
  return { answer, question: found.rest.slice(0, found.rest.length - answer.length).trim().replace(/:(?:\*\*|__)?$/, "") };
}

export function readQuestions(lines: readonly Line[], found: readonly Found[], options: ImportOptions): { draft: Draft; unmapped: Unmapped[] } {
  const ctx = newContext("lenient", "full", options.author ?? "ca-owner", "questions");
  keepBefore(lines.slice(0, found[0].index), ctx, "text before the first question");
  found.forEach((q, i) => {
    const question = QUESTIONS.find((x) => x.n === q.n);
    if (!question) return;
    const line = lines[q.index];
    const below = lines.slice(q.index + 1, found[i + 1]?.index ?? lines.length);
    const { answer, question: asked } = answerOnLine(q, trimBlankLines(below).length > 0);
    ctx.heading = `${q.n}. ${asked || question.wording}`.slice(0, 120);
    // A question in the report's own words (not the wiki's) is kept: its words are the author's.
    if (asked !== "" && wordingLength(asked, q.n) < wordsOf(asked).length) skip(ctx, [{ n: line.n, text: asked }], "the question, in the report's words");
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
