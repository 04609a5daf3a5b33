/**
 * The addresses of BMO's REST API the incident reader asks (bmo.readthedocs.io,
 * api/core/v1 "Get Bug" and "Get Comments"). `include_fields` keeps each answer
 * to what the record needs; Bugzilla ignores names it does not know.
 */
export { BUGZILLA_URL } from "../incidents/bugzillaRest.ts";

export const BUG_FIELDS = ["id", "summary", "status", "resolution", "whiteboard", "creator", "assigned_to", "creation_time", "comment_count"] as const;
/** `creator` is the documented name of a comment's author; some Bugzillas also send `author`. */
export const COMMENT_FIELDS = ["id", "count", "creator", "author", "creation_time", "time", "text", "is_private"] as const;

function restUrl(base: string, path: string): URL {
  return new URL(`rest/${path}`, base.endsWith("/") ? base : `${base}/`);
}

/** `GET /rest/bug/N`. */
export function bugUrl(base: string, bug: number): string {
  const url = restUrl(base, `bug/${bug}`);
  url.searchParams.set("include_fields", BUG_FIELDS.join(","));
  return url.href;
}

/** `GET /rest/bug/N/comment`, optionally only the comments newer than `newSince` (the next page). */
export function commentsUrl(base: string, bug: number, newSince?: string): string {
  const url = restUrl(base, `bug/${bug}/comment`);
  url.searchParams.set("include_fields", COMMENT_FIELDS.join(","));
  if (newSince !== undefined) url.searchParams.set("new_since", newSince);
  return url.href;
}

/** The bug's page, for people. */
export function showBugUrl(base: string, bug: number): string {
  const url = new URL("show_bug.cgi", base.endsWith("/") ? base : `${base}/`);
  url.searchParams.set("id", String(bug));
  return url.href;
}
