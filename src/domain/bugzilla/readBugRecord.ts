/**
 * A bug and its comments -> the incident record, in named stages: what each
 * comment is (commentKind.ts), whose comments are the CA Owner's
 * (caOwner.ts), the comments waiting for an answer (questions.ts). Private
 * comments are not read at all: a report or answer only insiders see was not
 * posted for the community.
 */
import { toIsoMinute } from "../draft/datetime.ts";
import type { IncidentRecord, Posted } from "../draft/schema.ts";
import { BUG_READING_FORMAT, type BugReading } from "./bugReading.ts";
import { caOwnerAccounts, isCaOwner } from "./caOwner.ts";
import { commentKind } from "./commentKind.ts";
import { questionsOf } from "./questions.ts";
import { BUGZILLA_URL, showBugUrl } from "./restUrls.ts";
import type { BugComment, BugFacts, FoundReport } from "./types.ts";

export type BugInput = {
  bug: BugFacts;
  comments: readonly BugComment[];
  /** Comments Bugzilla gave without a number or a time. */
  unreadable?: number;
  base?: string;
  /** When it was read (ms since the epoch). */
  now: number;
};

export function readBugRecord(input: BugInput): BugReading {
  const ordered = [...input.comments].sort((a, b) => a.count - b.count);
  const visible = ordered.filter((c) => !c.isPrivate);
  const kinds = visible.map((comment) => ({ comment, kind: commentKind(comment.text) }));
  const accounts = caOwnerAccounts(input.bug, kinds);
  const byCaOwner = (comment: BugComment) => isCaOwner(accounts, comment.author);

  const reports: FoundReport[] = [];
  for (const { comment, kind } of kinds) {
    const base = { comment: comment.count, author: comment.author, at: comment.at, byCaOwner: byCaOwner(comment) };
    if (kind.kind === "report") reports.push({ kind: kind.report, ...base });
    // Headless shapes count only from the CA Owner: a root program asks the same questions, and may write "Update".
    else if (kind.kind === "questions" && base.byCaOwner) reports.push({ kind: "full", ...base });
    else if (kind.kind === "update" && base.byCaOwner) reports.push({ kind: "update", ...base, changesActionItems: kind.changesActionItems });
  }

  const posted: Posted[] = reports.filter((r) => r.byCaOwner).map((r) => ({ kind: r.kind, at: r.at, comment: r.comment }));
  const incident: IncidentRecord = { posted, questions: questionsOf(visible, byCaOwner) };
  if (input.bug.whiteboard.trim() !== "") incident.whiteboard = input.bug.whiteboard;
  const changed = reports.filter((r) => r.byCaOwner && r.changesActionItems === true).at(-1);
  if (changed) incident.actionItemChangedAt = changed.at;

  return {
    format: BUG_READING_FORMAT,
    bug: input.bug.id,
    url: showBugUrl(input.base ?? BUGZILLA_URL, input.bug.id),
    retrieved: toIsoMinute(input.now),
    summary: input.bug.summary,
    status: input.bug.status,
    resolution: input.bug.resolution,
    caOwner: [...accounts].sort(),
    reports,
    privateComments: ordered.length - visible.length,
    unreadableComments: input.unreadable ?? 0,
    incident,
  };
}
