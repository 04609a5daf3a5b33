/**
 * Downloads the component's bugs page by page from Bugzilla's REST API. Runs
 * only when the user asks (`ccadb-report incidents refresh`); the app never
 * does this.
 */
import { readRestPage, restPageUrl } from "../../domain/incidents/bugzillaRest.ts";

export type DownloadOptions = {
  base: string;
  pageSize: number;
  timeoutMs: number;
  /** Called after each page, for progress on stderr. */
  onPage(page: number, bugs: number): void;
};

export type DownloadResult = { ok: true; bugs: unknown[] } | { ok: false; message: string };

/** More pages than the component could ever have: a server that never ends its list stops here. */
const MAX_PAGES = 200;

function describeFailure(error: unknown, host: string, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) return `no answer from ${host} within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
  return `could not reach ${host}${cause ? ` (${cause})` : error instanceof Error ? ` (${error.message})` : ""}`;
}

export async function downloadBugs(options: DownloadOptions): Promise<DownloadResult> {
  const host = new URL(options.base).host;
  const bugs: unknown[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const offset = (page - 1) * options.pageSize;
    const where = `page ${page} (bugs ${offset + 1}–${offset + options.pageSize})`;
    let status: number;
    let body: string;
    try {
      const response = await fetch(restPageUrl(options.base, offset, options.pageSize), { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: "application/json" } });
      status = response.status;
      body = await response.text();
    } catch (error) {
      return { ok: false, message: `${describeFailure(error, host, options.timeoutMs)}, ${where}` };
    }
    const result = readRestPage(status, body);
    if (!result.ok) return { ok: false, message: `${result.message}, ${where}` };
    bugs.push(...result.bugs);
    options.onPage(page, result.bugs.length);
    if (result.bugs.length < options.pageSize) return { ok: true, bugs };
  }
  return { ok: false, message: `more than ${MAX_PAGES} pages of ${options.pageSize} bugs: the server's paging looks broken` };
}
