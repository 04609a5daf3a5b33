/**
 * The compact list the app ships (`data/ca-compliance-bugs.json`): one row
 * per bug, one line per row so a refresh reads as a diff. About a third of
 * the REST API's JSON, gzipped.
 */
import type { IncidentList } from "./bug.ts";

export const COMPACT_FORMAT = "ccadb-incident-list";
export const COMPACT_COLUMNS = ["id", "date", "summary", "status", "resolution", "tags"] as const;
export const COMPACT_SOURCE = "bugzilla.mozilla.org REST API /rest/bug, product CA Program, component CA Certificate Compliance";

export function compactListJson(list: IncidentList): string {
  const head = { format: COMPACT_FORMAT, version: 1, source: COMPACT_SOURCE, retrieved: list.retrieved, count: list.bugs.length, columns: COMPACT_COLUMNS };
  const rows = list.bugs.map((b) => JSON.stringify([b.id, b.date, b.summary, b.status, b.resolution, b.tags.join(" ")]));
  return `${JSON.stringify(head).slice(0, -1)},"bugs":[\n${rows.join(",\n")}\n]}\n`;
}
