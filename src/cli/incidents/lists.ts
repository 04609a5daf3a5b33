/** The bug list a command searches: the one shipped with the tool, or a newer one from `incidents refresh`. */
import type { IncidentList } from "../../domain/incidents/bug.ts";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeIncidentListBytes, readIncidentListText } from "../../domain/incidents/readIncidentList.ts";
import { sizeProblem } from "../../domain/limits/inputLimits.ts";
import type { CliIo } from "../io.ts";

export type ListResult = { ok: true; list: IncidentList } | { ok: false; message: string };

/**
 * Where the bundled list is, seen from this module: in the sources (run
 * through tsx), or from the built CLI in dist-cli/. Read at run time rather
 * than imported, so the 200 KB list is no cost to the other commands.
 */
const BUNDLED_LIST = ["../../domain/incidents/data/ca-compliance-bugs.json", "../src/domain/incidents/data/ca-compliance-bugs.json"];

export async function bundledList(io: CliIo): Promise<ListResult> {
  for (const relative of BUNDLED_LIST) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (!existsSync(path)) continue;
    const decoded = decodeIncidentListBytes(await io.readFile(path), path);
    const result = decoded.ok ? readIncidentListText(decoded.text) : decoded;
    return result.ok ? result : { ok: false, message: `the bundled list ${path} is damaged: ${result.message}` };
  }
  return { ok: false, message: "the bundled list of bugs is missing from this installation: give one with --list FILE" };
}

export async function listFromFile(path: string, io: CliIo): Promise<ListResult> {
  let bytes: Uint8Array;
  try {
    const tooLarge = sizeProblem("incidentList", await io.fileSize(path), path);
    if (tooLarge) return { ok: false, message: tooLarge };
    bytes = await io.readFile(path);
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  // As the app reads a newer list: UTF-8 only, with the draft files' messages.
  const decoded = decodeIncidentListBytes(bytes, path);
  if (!decoded.ok) return decoded;
  const result = readIncidentListText(decoded.text);
  return result.ok ? result : { ok: false, message: `${path}: ${result.message}` };
}
