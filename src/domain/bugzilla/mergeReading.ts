/**
 * A bug reading applied to the incident record the author keeps: what
 * Bugzilla shows replaces what it matches (a posting with the same comment
 * number, or of the same kind within a day when the author gave no number;
 * a question asked in the same minute), and every fact Bugzilla does not
 * know stays (when the CA Owner became aware, the revocation deadline,
 * postings and questions not on the bug, a later action item change).
 * `changes` and `kept` say so in words, before the author applies it.
 */
import { formatUtc, instantOf } from "../draft/datetime.ts";
import type { IncidentRecord, Posted, Question } from "../draft/schema.ts";
import { postedWords } from "../incident/record.ts";
import type { BugReading } from "./bugReading.ts";

export type ReadingMerge = { record: IncidentRecord; changes: string[]; kept: string[] };

/** A posting typed without a comment number is the bug's posting of the same kind within this long. */
const SAME_POSTING_MS = 24 * 60 * 60 * 1000;

const when = (value: string) => {
  const ms = instantOf(value);
  return ms === null ? `“${value}”` : formatUtc(ms);
};
const minute = (value: string) => {
  const ms = instantOf(value);
  return ms === null ? null : Math.floor(ms / 60_000);
};
const words = (p: Posted) => postedWords(p, when(p.at));
const questionWords = (q: Question) =>
  `question${q.by ? ` by ${q.by}` : ""} of ${when(q.askedAt)} (${q.answeredAt === null || q.answeredAt.trim() === "" ? "open" : `answered ${when(q.answeredAt)}`})`;

function samePosting(bug: Posted, typed: Posted): boolean {
  if (typed.comment !== undefined) return bug.comment === typed.comment;
  const a = instantOf(bug.at);
  const b = instantOf(typed.at);
  return bug.kind === typed.kind && a !== null && b !== null && Math.abs(a - b) <= SAME_POSTING_MS;
}

const identicalPosting = (a: Posted, b: Posted) => a.kind === b.kind && a.comment === b.comment && instantOf(a.at) === instantOf(b.at);
const answeredMinute = (q: Question) => (q.answeredAt === null || q.answeredAt.trim() === "" ? null : minute(q.answeredAt));

function byTime<T>(items: T[], at: (item: T) => string): T[] {
  return [...items].sort((a, b) => (instantOf(at(a)) ?? Infinity) - (instantOf(at(b)) ?? Infinity));
}

function mergePosted(current: readonly Posted[], bug: readonly Posted[], changes: string[], kept: string[], bugNumber: number): Posted[] {
  const keptTyped = current.filter((typed) => !bug.some((b) => samePosting(b, typed)));
  for (const b of bug) {
    const matched = current.filter((typed) => samePosting(b, typed));
    if (matched.some((typed) => identicalPosting(typed, b))) continue;
    changes.push(matched.length === 0 ? `Adds: ${words(b)}.` : `${words(b)} (was: ${matched.map(words).join("; ")}).`);
  }
  for (const typed of keptTyped) kept.push(`${words(typed)}: not among the public comments of bug ${bugNumber}.`);
  return byTime([...bug, ...keptTyped], (p) => p.at);
}

function mergeQuestions(current: readonly Question[], bug: readonly Question[], changes: string[], kept: string[], bugNumber: number): Question[] {
  const same = (a: Question, b: Question) => minute(a.askedAt) !== null && minute(a.askedAt) === minute(b.askedAt);
  const keptTyped = current.filter((typed) => !bug.some((b) => same(b, typed)));
  for (const b of bug) {
    const matched = current.find((typed) => same(b, typed));
    if (matched && answeredMinute(matched) === answeredMinute(b) && (matched.by ?? "") === (b.by ?? "")) continue;
    changes.push(matched ? `The ${questionWords(b)} (was: ${questionWords(matched)}).` : `Adds: ${questionWords(b)}.`);
  }
  for (const typed of keptTyped) kept.push(`The ${questionWords(typed)}: not among the public comments of bug ${bugNumber}.`);
  return byTime([...bug, ...keptTyped], (q) => q.askedAt);
}

export function mergeReading(current: IncidentRecord, reading: BugReading): ReadingMerge {
  const changes: string[] = [];
  const kept: string[] = [];
  const from = reading.incident;
  const record: IncidentRecord = {
    ...current,
    posted: mergePosted(current.posted, from.posted, changes, kept, reading.bug),
    questions: mergeQuestions(current.questions, from.questions, changes, kept, reading.bug),
  };

  const typedBoard = current.whiteboard ?? "";
  if (from.whiteboard !== undefined && from.whiteboard !== typedBoard) {
    record.whiteboard = from.whiteboard;
    changes.push(typedBoard.trim() === "" ? `Whiteboard: “${from.whiteboard}”.` : `Whiteboard: “${from.whiteboard}” (was: “${typedBoard}”).`);
  } else if (from.whiteboard === undefined && typedBoard.trim() !== "") {
    kept.push(`The Whiteboard “${typedBoard}”: bug ${reading.bug} has none.`);
  }

  const typedChange = current.actionItemChangedAt ?? "";
  const bugChange = from.actionItemChangedAt;
  if (bugChange !== undefined && minute(bugChange) !== minute(typedChange)) {
    const typedMs = instantOf(typedChange);
    const bugMs = instantOf(bugChange);
    if (typedMs !== null && bugMs !== null && typedMs > bugMs) {
      kept.push(`The action item change of ${when(typedChange)}: later than the last update on the bug that lists changes (${when(bugChange)}).`);
    } else {
      record.actionItemChangedAt = bugChange;
      changes.push(`An action item last changed: ${when(bugChange)}, by the update posted then${typedChange.trim() === "" ? "" : ` (was: ${when(typedChange)})`}.`);
    }
  }

  if (current.becameAwareAt !== undefined && current.becameAwareAt.trim() !== "") {
    kept.push(`When the CA Owner became aware (${when(current.becameAwareAt)}): Bugzilla does not record it.`);
  }
  return { record, changes, kept };
}
