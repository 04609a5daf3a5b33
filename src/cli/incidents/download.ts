/**
 * Downloads the component's bugs page by page from Bugzilla's REST API. Runs
 * only when the user asks (`ccadb-report incidents refresh`); the app never
 * does this. Every page is bounded (bytes as sent and expanded, bugs, time,
 * redirects: `REFRESH_LIMITS`), and so is the whole list.
 */
import { bugCountProblem, LIST_TOO_LARGE, readRestPage, redirectTarget, REFRESH_LIMITS, restPageUrl } from "../../domain/incidents/bugzillaRest.ts";
import { getBounded, type GetResult } from "./httpGet.ts";

export type DownloadOptions = {
  base: string;
  pageSize: number;
  timeoutMs: number;
  /** Called after each page, for progress on stderr. */
  onPage(page: number, bugs: number): void;
};

export type DownloadResult = { ok: true; bugs: unknown[] } | { ok: false; message: string };

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** One page, following redirects on the same site only. `bodyBytes`: what is left of the list's byte budget. */
async function getPage(url: string, bodyBytes: number, timeoutMs: number): Promise<GetResult> {
  let at = url;
  for (let hop = 0; ; hop++) {
    const answer = await getBounded(at, { sentBytes: REFRESH_LIMITS.pageBytes, bodyBytes, bodyTooLarge: LIST_TOO_LARGE, timeoutMs });
    if (!answer.ok || !REDIRECT.has(answer.status)) return answer;
    if (answer.location === null) return { ok: false, message: `Bugzilla answered HTTP ${answer.status} (a redirect) without saying where to` };
    if (hop === REFRESH_LIMITS.redirects) return { ok: false, message: `more than ${REFRESH_LIMITS.redirects} redirects` };
    const next = redirectTarget(at, answer.location);
    if (!next.ok) return next;
    at = next.url;
  }
}

export async function downloadBugs(options: DownloadOptions): Promise<DownloadResult> {
  const bugs: unknown[] = [];
  let bytes = 0;
  for (let page = 1; ; page++) {
    const offset = (page - 1) * options.pageSize;
    const where = `page ${page} (bugs ${offset + 1}–${offset + options.pageSize})`;
    const answer = await getPage(restPageUrl(options.base, offset, options.pageSize), REFRESH_LIMITS.listBytes - bytes, options.timeoutMs);
    if (!answer.ok) return { ok: false, message: `${answer.message}, ${where}` };
    bytes += answer.body.length;
    const result = readRestPage(answer.status, new TextDecoder().decode(answer.body), options.pageSize);
    if (!result.ok) return { ok: false, message: `${result.message}, ${where}` };
    const tooMany = bugCountProblem(bugs.length + result.bugs.length);
    if (tooMany) return { ok: false, message: `${tooMany}, ${where}` };
    // One at a time: spreading a huge page into push() overflows the stack.
    for (const bug of result.bugs) bugs.push(bug);
    options.onPage(page, result.bugs.length);
    if (result.bugs.length < options.pageSize) return { ok: true, bugs };
  }
}
