/**
 * Bugzilla's REST API for the CA Certificate Compliance component: the
 * address of one page of bugs, what a page's answer says, and the file a
 * refresh writes (the same shape as the shared snapshot). Pure: the CLI
 * does the fetching.
 */
import { jsonDepthProblem } from "../limits/jsonDepth.ts";
import { formatBytes, INCIDENT_LIST_LIMITS, INPUT_LIMITS } from "../limits/inputLimits.ts";
import { formatCount } from "../text/formatCount.ts";

export const BUGZILLA_URL = "https://bugzilla.mozilla.org";
export const REST_FIELDS = ["id", "summary", "creation_time", "status", "resolution", "whiteboard"] as const;
export const PAGE_SIZE = 500;

/**
 * What a refresh takes from the server. The component held 1,688 bugs on
 * 2026-03-06 (about 230 bytes each as JSON, 0.4 MB in all, 57 KB gzipped),
 * filed at a few hundred a year, so no real answer comes near these; a
 * server that goes past one is broken or hostile, and the refresh stops.
 * The README's "Reliability" section lists these figures.
 */
export const REFRESH_LIMITS = {
  /** Bytes of one page as sent (compressed or not): the limit of the list file the refresh writes. */
  pageBytes: INPUT_LIMITS.incidentList.bytes,
  /** Bytes of all pages once expanded, so the written list is one the app and `--list` accept. */
  listBytes: INPUT_LIMITS.incidentList.bytes,
  /** Bugs in the whole list: what the app and `--list` accept (about 6 times the component's count in 2026). */
  bugs: INCIDENT_LIST_LIMITS.bugs,
  /** Same-site redirects followed for one page. */
  redirects: 5,
} as const;

/** The refusal for pages that would make the list longer than `REFRESH_LIMITS.bugs`, or null. */
export function bugCountProblem(bugs: number): string | null {
  if (bugs <= REFRESH_LIMITS.bugs) return null;
  return `more than ${formatCount(REFRESH_LIMITS.bugs)} bugs (the component had 1,688 in 2026): the server's paging looks broken`;
}

/** Why a refresh stops when the pages, expanded, pass `REFRESH_LIMITS.listBytes`. */
export const LIST_TOO_LARGE = `the list comes to more than ${formatBytes(REFRESH_LIMITS.listBytes)}, the limit for an incident list`;

/**
 * Where a redirect may lead: the same origin, or the same host moved from
 * http to https. A redirect elsewhere is refused, so a refresh never saves
 * another site's answer as Bugzilla's list.
 */
export function redirectTarget(from: string, location: string): { ok: true; url: string } | { ok: false; message: string } {
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return { ok: false, message: `Bugzilla redirected to "${location.slice(0, 80)}", which is not a web address` };
  }
  const origin = new URL(from);
  const upgrade = origin.protocol === "http:" && to.protocol === "https:" && to.hostname === origin.hostname;
  if (to.origin === origin.origin || upgrade) return { ok: true, url: to.href };
  return { ok: false, message: `Bugzilla redirected to another site (${to.origin.slice(0, 80)}), which was not followed: only ${origin.host} is asked` };
}

/** One page of the component's bugs, oldest bug number first so pages do not shift while new bugs are filed. */
export function restPageUrl(base: string, offset: number, limit: number): string {
  const url = new URL("rest/bug", base.endsWith("/") ? base : `${base}/`);
  url.searchParams.set("product", "CA Program");
  url.searchParams.set("component", "CA Certificate Compliance");
  url.searchParams.set("include_fields", REST_FIELDS.join(","));
  url.searchParams.set("order", "bug_id");
  url.searchParams.set("limit", String(limit));
  url.searchParams.set("offset", String(offset));
  return url.href;
}

export type PageResult = { ok: true; bugs: unknown[] } | { ok: false; message: string };

/** The first words of an answer that is not JSON (an HTML error page), without its tags, for a message. */
export function firstLine(text: string): string {
  const line = text.replace(/<[^<>]*>/g, " ").split("\n").map((l) => l.trim()).find(Boolean) ?? "";
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** REST answers nest three levels (`{"bugs": [{…}]}`); this leaves room without costing stack. */
const MAX_PAGE_DEPTH = 16;

/**
 * An answer of `/rest/bug`: its bugs, or what went wrong in Bugzilla's words
 * (`{"error": true, "message": …}`). `asked`: the page size requested; a page
 * with more bugs than that is refused before its bugs are looked at.
 */
export function readRestPage(httpStatus: number, body: string, asked: number): PageResult {
  // Checked before parsing, in one pass without recursion; an HTML page is left to fail as not JSON.
  const tooDeep = /^\s*[[{]/.test(body) ? jsonDepthProblem(body, "Bugzilla's answer", "a page of bugs", MAX_PAGE_DEPTH) : null;
  if (tooDeep) return { ok: false, message: `${tooDeep} (HTTP ${httpStatus})` };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const said = firstLine(body);
    return { ok: false, message: `Bugzilla answered HTTP ${httpStatus} with something other than JSON${said ? `: "${said}"` : ""}` };
  }
  const record = typeof value === "object" && value !== null ? value : {};
  const message = Reflect.get(record, "message");
  if (httpStatus !== 200 || Reflect.get(record, "error") === true) {
    return { ok: false, message: `Bugzilla answered HTTP ${httpStatus}${typeof message === "string" ? `: ${message}` : ""}` };
  }
  const bugs = Reflect.get(record, "bugs");
  if (!Array.isArray(bugs)) return { ok: false, message: 'Bugzilla\'s answer has no "bugs" list' };
  if (bugs.length > asked) return { ok: false, message: `Bugzilla's answer has ${formatCount(bugs.length)} bugs, more than the ${formatCount(asked)} asked for` };
  return { ok: true, bugs };
}

/** The downloaded list as a file: the REST API's bugs as they came, with the day they were taken. */
export function snapshotJson(bugs: readonly unknown[], retrieved: string): string {
  const head = { source: `bugzilla.mozilla.org REST API /rest/bug, product CA Program, component CA Certificate Compliance, fields ${REST_FIELDS.join(",")}`, retrieved, count: bugs.length };
  return `${JSON.stringify(head, null, 0).slice(0, -1)},"bugs":[\n${bugs.map((b) => JSON.stringify(b)).join(",\n")}\n]}\n`;
}
