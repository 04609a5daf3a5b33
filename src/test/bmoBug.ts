/**
 * A CA Certificate Compliance bug in the shape BMO's REST API answers
 * (bmo.readthedocs.io, api/core/v1 "Get Bug" and "Get Comments"): the
 * reports rendered by this tool, update comments rendered by the app, and
 * comments by others; shared by the domain tests and the CLI's.
 */
import { renderReport } from "../domain/render/render.ts";
import { exampleDraft } from "../domain/examples/index.ts";
import { renderUpdateComment } from "../domain/updates/renderUpdateComment.ts";
import type { Draft } from "../domain/draft/schema.ts";
import type { BugReading } from "../domain/bugzilla/bugReading.ts";
import { readBugRecord } from "../domain/bugzilla/readBugRecord.ts";
import { readBugAnswer, readCommentsAnswer } from "../domain/bugzilla/restShapes.ts";

export type RestComment = { id: number; bug_id: number; count: number; creator: string; author: string; creation_time: string; time: string; text: string; is_private: boolean; attachment_id: null; tags: string[] };
export type RestBug = { id: number; summary: string; status: string; resolution: string; whiteboard: string; creator: string; assigned_to: string; creation_time: string; comment_count: number };
export type FakeBug = { bug: RestBug; comments: RestComment[] };

export const CA = "compliance@ca.example";
export const ROOT_PROGRAM = "root-program@mozilla.example";
export const COMMUNITY = "researcher@community.example";

const full: Draft = exampleDraft("full-no-certificates");
const preliminary: Draft = { ...full, kind: "preliminary" };
const changed: Draft = { ...full, actionItems: full.actionItems.map((item, i) => (i === 0 ? { ...item, status: "Delayed", dueDate: "2025-09-30" } : item)) };

let nextId = 5000;
export function comment(bug: number, count: number, creator: string, at: string, text: string, isPrivate = false): RestComment {
  return { id: nextId++, bug_id: bug, count, creator, author: creator, creation_time: at, time: at, text, is_private: isPrivate, attachment_id: null, tags: [] };
}

export function restBug(id: number, comments: RestComment[], patch: Partial<RestBug> = {}): FakeBug {
  return {
    bug: {
      id,
      summary: `${full.caOwner}: ${full.title}`,
      status: "ASSIGNED",
      resolution: "",
      whiteboard: "[ca-compliance] [crl-failure] Next update 2025-04-02",
      creator: CA,
      assigned_to: CA,
      creation_time: comments[0]?.creation_time ?? "2025-03-01T09:00:00Z",
      comment_count: comments.length,
      ...patch,
    },
    comments,
  };
}

/** Bug 1900001: Preliminary, a question answered, Full, an update changing action items, a private comment, an update without changes, two open questions. */
export function incidentBug(id = 1900001): FakeBug {
  const c = (count: number, creator: string, at: string, text: string, isPrivate = false) => comment(id, count, creator, at, text, isPrivate);
  return restBug(id, [
    c(0, CA, "2025-03-01T09:00:12Z", renderReport(preliminary)),
    c(1, ROOT_PROGRAM, "2025-03-02T10:00:00Z", "Please clarify how many CRLs were affected."),
    c(2, CA, "2025-03-03T11:30:00Z", "Two CRLs were affected; the Full report will list them."),
    c(3, CA, "2025-03-10T08:00:00Z", renderReport(full)),
    c(4, ROOT_PROGRAM, "2025-03-12T15:00:00Z", "When will the monitoring be in place?"),
    c(5, CA, "2025-03-14T16:45:30Z", renderUpdateComment(changed, full, { now: Date.parse("2025-03-14T16:00Z"), nextUpdate: "2025-03-21" })),
    c(6, ROOT_PROGRAM, "2025-03-15T09:00:00Z", "Internal note.", true),
    c(7, CA, "2025-03-21T10:00:00Z", renderUpdateComment(changed, changed, { now: Date.parse("2025-03-21T10:00Z"), nextUpdate: "2025-03-28" })),
    c(8, COMMUNITY, "2025-03-22T12:00:00Z", "Were any OCSP responses affected as well?"),
    c(9, ROOT_PROGRAM, "2025-03-23T13:00:00Z", "Please also answer comment 8."),
  ]);
}

/** What `ccadb-report bug N --json` writes for `fake`: BMO's two answers read as the fetcher reads them. */
export function bugReadingOf(fake: FakeBug, now: number): BugReading {
  const bug = readBugAnswer({ faults: [], bugs: [fake.bug] }, fake.bug.id);
  const comments = readCommentsAnswer({ bugs: { [fake.bug.id]: { comments: fake.comments } }, comments: {} }, fake.bug.id);
  if (!bug.ok || !comments.ok) throw new Error("unreadable fixture");
  return readBugRecord({ bug: bug.bug, comments: comments.comments, unreadable: comments.unreadable, now });
}
