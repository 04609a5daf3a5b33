/**
 * Bugzilla's REST API for the CA Certificate Compliance component: the
 * address of one page of bugs, what a page's answer says, and the file a
 * refresh writes (the same shape as the shared snapshot). Pure: the CLI
 * does the fetching.
 */
export const BUGZILLA_URL = "https://bugzilla.mozilla.org";
export const REST_FIELDS = ["id", "summary", "creation_time", "status", "resolution", "whiteboard"] as const;
export const PAGE_SIZE = 500;

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

/** An answer of `/rest/bug`: its bugs, or what went wrong in Bugzilla's words (`{"error": true, "message": …}`). */
export function readRestPage(httpStatus: number, body: string): PageResult {
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
  return { ok: true, bugs };
}

/** The downloaded list as a file: the REST API's bugs as they came, with the day they were taken. */
export function snapshotJson(bugs: readonly unknown[], retrieved: string): string {
  const head = { source: `bugzilla.mozilla.org REST API /rest/bug, product CA Program, component CA Certificate Compliance, fields ${REST_FIELDS.join(",")}`, retrieved, count: bugs.length };
  return `${JSON.stringify(head, null, 0).slice(0, -1)},"bugs":[\n${bugs.map((b) => JSON.stringify(b)).join(",\n")}\n]}\n`;
}
