/**
 * `npm run incidents:asset [-- SNAPSHOT.json]`: the finder's bug list, made
 * from a list in the REST API's shape (the shared snapshot by default, or a
 * file written by `ccadb-report incidents refresh`), written compact to
 * `src/domain/incidents/data/ca-compliance-bugs.json`. A test checks the
 * committed file against the shared snapshot when `../shared` is there.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { compactListJson } from "../../src/domain/incidents/compactList.ts";
import { readIncidentListText } from "../../src/domain/incidents/readIncidentList.ts";
import { BUNDLED_LIST_PATH, sharedSnapshotPath } from "../../src/test/incidentList.ts";

const source = process.argv[2] ?? sharedSnapshotPath();
const result = readIncidentListText(readFileSync(source, "utf8"));
if (!result.ok) {
  console.error(`${source}: ${result.message}`);
  process.exit(2);
}
const json = compactListJson(result.list);
writeFileSync(BUNDLED_LIST_PATH, json);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${BUNDLED_LIST_PATH}: ${result.list.bugs.length} bugs up to ${result.list.retrieved}, ${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json, { level: 9 }).length)} gzipped`);
