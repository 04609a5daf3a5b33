/**
 * BMO's JSON answers read defensively: anything may be missing, of another
 * type, or an error object (`{"error": true, "code": 101, "message": …}`), and
 * a comment that cannot be read is counted, never guessed at.
 */
import { parseDateTime } from "../draft/datetime.ts";
import type { BugComment, BugFacts } from "./types.ts";

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, name) ? Reflect.get(value, name) : undefined;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Bugzilla's error object, or null when the answer is not one. */
export function bugzillaError(value: unknown): { code: number | null; message: string } | null {
  if (field(value, "error") !== true) return null;
  const code = field(value, "code");
  return { code: typeof code === "number" ? code : null, message: text(field(value, "message")) };
}

export type BugAnswer = { ok: true; bug: BugFacts } | { ok: false; message: string };

/** `GET /rest/bug/N`: `{"bugs": [{…}]}`; the bug asked for, or why it is not there. */
export function readBugAnswer(value: unknown, bug: number): BugAnswer {
  const bugs = field(value, "bugs");
  if (!Array.isArray(bugs)) return { ok: false, message: 'Bugzilla\'s answer has no "bugs" list' };
  const found: unknown = bugs.find((b) => field(b, "id") === bug);
  if (found === undefined) return { ok: false, message: `Bugzilla's answer does not hold bug ${bug}` };
  const count = field(found, "comment_count");
  return {
    ok: true,
    bug: {
      id: bug,
      summary: text(field(found, "summary")),
      status: text(field(found, "status")),
      resolution: text(field(found, "resolution")),
      whiteboard: text(field(found, "whiteboard")),
      creator: text(field(found, "creator")),
      assignedTo: text(field(found, "assigned_to")),
      creationTime: text(field(found, "creation_time")),
      commentCount: typeof count === "number" && Number.isInteger(count) && count >= 0 ? count : null,
    },
  };
}

/** One comment, or null when its number or time cannot be read. */
function readComment(value: unknown): BugComment | null {
  const count = field(value, "count");
  const time = text(field(value, "creation_time")) || text(field(value, "time"));
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || parseDateTime(time) === null) return null;
  return {
    count,
    author: text(field(value, "creator")) || text(field(value, "author")),
    at: time,
    text: text(field(value, "text")),
    isPrivate: field(value, "is_private") === true,
  };
}

export type CommentsAnswer = { ok: true; comments: BugComment[]; unreadable: number } | { ok: false; message: string };

/** `GET /rest/bug/N/comment`: `{"bugs": {"N": {"comments": […]}}}`. */
export function readCommentsAnswer(value: unknown, bug: number): CommentsAnswer {
  const list = field(field(field(value, "bugs"), String(bug)), "comments");
  if (!Array.isArray(list)) return { ok: false, message: `Bugzilla's answer has no comments for bug ${bug}` };
  const comments: BugComment[] = [];
  let unreadable = 0;
  for (const item of list) {
    const comment = readComment(item);
    if (comment) comments.push(comment);
    else unreadable++;
  }
  return { ok: true, comments, unreadable };
}
