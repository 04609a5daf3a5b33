/**
 * The bug lists tests use: the shared snapshot of CA Certificate Compliance
 * bugs (`../shared/data/ca-compliance-bugs.json`, beside the checkout as in
 * CI, or where `CCADB_SHARED` points), and the compact copy the app ships.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IncidentList } from "../domain/incidents/bug.ts";
import { readIncidentListText } from "../domain/incidents/readIncidentList.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const BUNDLED_LIST_PATH = join(ROOT, "src/domain/incidents/data/ca-compliance-bugs.json");

export function sharedSnapshotPath(): string {
  return join(process.env.CCADB_SHARED ?? join(ROOT, "../shared"), "data/ca-compliance-bugs.json");
}

export function hasSharedSnapshot(): boolean {
  return existsSync(sharedSnapshotPath());
}

function readList(path: string): IncidentList {
  const result = readIncidentListText(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(`${path}: ${result.message}`);
  return result.list;
}

/** The shared snapshot when it is there, else the bundled copy (which a test keeps equal to it). */
export function snapshotList(): IncidentList {
  return readList(hasSharedSnapshot() ? sharedSnapshotPath() : BUNDLED_LIST_PATH);
}

export function bundledList(): IncidentList {
  return readList(BUNDLED_LIST_PATH);
}
