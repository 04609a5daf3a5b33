/**
 * Reads bug N from Bugzilla's REST API: `GET /rest/bug/N`, then its comments
 * (`GET /rest/bug/N/comment`), page after page when an answer stops short of
 * the bug's `comment_count` (the next page: `new_since` a second before the
 * last comment, duplicates dropped by comment number). Only the bug number
 * and, when given, the API key (as a header, to Bugzilla's own origin) leave
 * the machine. Each failure is one kind with one message (types.ts).
 */
import { parseDateTime } from "../draft/datetime.ts";
import { INPUT_LIMITS } from "../limits/inputLimits.ts";
import type { BugReading } from "./bugReading.ts";
import { getJson, type FetchLike, type HttpOptions, type JsonAnswer } from "./getJson.ts";
import { readBugRecord } from "./readBugRecord.ts";
import { bugzillaError, readBugAnswer, readCommentsAnswer } from "./restShapes.ts";
import { BUGZILLA_URL, bugUrl, commentsUrl } from "./restUrls.ts";
import type { BugComment, BugFacts, BugFailure } from "./types.ts";

export type { FetchLike } from "./getJson.ts";

export type FetchBugOptions = {
  fetch: FetchLike;
  /** Default https://bugzilla.mozilla.org. */
  base?: string;
  /** Only for a bug that is not public; never needed otherwise. */
  apiKey?: string;
  /** Per request, default 30 s. */
  timeoutMs?: number;
  /** Per answer, default INPUT_LIMITS.bugzillaAnswer (32 MB). */
  maxBytes?: number;
  /** Tries after the first on 429 and 5xx, default 3 (waiting 1, 2, 4 s, or the server's Retry-After). */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
};

export type BugData = { bug: BugFacts; comments: BugComment[]; unreadable: number };
export type FetchBugResult = { ok: true; data: BugData } | { ok: false; failure: BugFailure };

/** More pages of comments than any bug needs: a server whose paging never ends stops here. */
const MAX_COMMENT_PAGES = 50;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An answer that is not the bug: Bugzilla's error (101 no such bug, 102 access denied) or an HTTP status. */
function answerFailure(status: number, value: unknown, bug: number, host: string, signedIn: boolean): BugFailure {
  const error = bugzillaError(value);
  if (error?.code === 101 || error?.code === 100 || (status === 404 && error?.code !== 102)) {
    return { kind: "not-found", message: `no such bug: bug ${bug} does not exist on ${host}` };
  }
  if (error?.code === 102 || status === 401 || status === 403) {
    return signedIn
      ? { kind: "private", message: `${host} refused access to bug ${bug} with this API key: the key is wrong or revoked, or its account cannot see the bug` }
      : { kind: "private", message: `bug ${bug} is not public (a security bug, or one restricted to a group): ${host} shows it only to a signed-in user who may see it. Sign in, copy the bug page's text and paste it into the importer` };
  }
  const said = error?.message ? `: ${error.message}` : "";
  return { kind: "http", message: `${host} answered HTTP ${status}${error?.code != null ? ` (error ${error.code})` : ""}${said}` };
}

/** A second before `at`, as Bugzilla's `new_since` takes it: `new_since` is strictly newer, and comments may share a second. */
function secondBefore(at: string): string {
  const ms = parseDateTime(at) ?? 0;
  return new Date(Math.floor(ms / 1000) * 1000 - 1000).toISOString().replace(".000Z", "Z");
}

export async function fetchBug(bug: number, options: FetchBugOptions): Promise<FetchBugResult> {
  const base = options.base ?? BUGZILLA_URL;
  const host = new URL(base).host;
  const http: HttpOptions = {
    fetch: options.fetch,
    base,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? INPUT_LIMITS.bugzillaAnswer.bytes,
    retries: options.retries ?? 3,
    sleep: options.sleep ?? wait,
    signal: options.signal,
  };
  const signedIn = options.apiKey !== undefined;
  const unusable = (answer: Extract<JsonAnswer, { ok: true }>): FetchBugResult => ({ ok: false, failure: answerFailure(answer.status, answer.value, bug, host, signedIn) });

  const first = await getJson(bugUrl(base, bug), `bug ${bug}`, http);
  if (!first.ok) return first;
  if (first.status !== 200 || bugzillaError(first.value)) return unusable(first);
  const facts = readBugAnswer(first.value, bug);
  if (!facts.ok) return { ok: false, failure: { kind: "unexpected", message: `${facts.message} (${host})` } };

  const byNumber = new Map<number, BugComment>();
  let unreadable = 0;
  let newSince: string | undefined;
  for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
    const what = page === 1 ? `the comments of bug ${bug}` : `the comments of bug ${bug}, page ${page}`;
    const answer = await getJson(commentsUrl(base, bug, newSince), what, http);
    if (!answer.ok) return answer;
    if (answer.status !== 200 || bugzillaError(answer.value)) return unusable(answer);
    const read = readCommentsAnswer(answer.value, bug);
    if (!read.ok) return { ok: false, failure: { kind: "unexpected", message: `${read.message} (${host})` } };
    const before = byNumber.size;
    for (const comment of read.comments) byNumber.set(comment.count, comment);
    unreadable = Math.max(unreadable, read.unreadable);
    const last = [...byNumber.values()].reduce<BugComment | null>((a, c) => (a === null || c.count > a.count ? c : a), null);
    const expected = facts.bug.commentCount;
    // Done when the last comment is the bug's last, or when a page brought nothing new (the rest are hidden from us).
    if (expected === null || last === null || last.count + 1 >= expected || byNumber.size === before) break;
    newSince = secondBefore(last.at);
  }
  const comments = [...byNumber.values()].sort((a, b) => a.count - b.count);
  return { ok: true, data: { bug: facts.bug, comments, unreadable } };
}

export type ReadBugResult = { ok: true; reading: BugReading; comments: BugComment[] } | { ok: false; failure: BugFailure };

/** Fetch and read: the bug's incident record (and its comments, for latestReportDraft), or why it could not be read. */
export async function readBug(bug: number, options: FetchBugOptions & { now?: () => number }): Promise<ReadBugResult> {
  const fetched = await fetchBug(bug, options);
  if (!fetched.ok) return fetched;
  const now = options.now ?? Date.now;
  return { ok: true, reading: readBugRecord({ ...fetched.data, base: options.base, now: now() }), comments: fetched.data.comments };
}

/** Why an API key must not go to `base`: only over HTTPS (or to this machine, for tests). */
export function apiKeyRefusal(base: string): string | null {
  const url = new URL(base);
  const loopback = url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
  if (url.protocol === "https:" || (url.protocol === "http:" && loopback)) return null;
  return `an API key is sent only over HTTPS, and ${url.origin} is not`;
}
