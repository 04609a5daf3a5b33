/** The bug list a command searches: the one shipped with the tool, or a newer one from `incidents refresh`. */
import type { IncidentList } from "../../domain/incidents/bug.ts";
import { readIncidentList, readIncidentListText } from "../../domain/incidents/readIncidentList.ts";
import type { CliIo } from "../io.ts";

export type ListResult = { ok: true; list: IncidentList } | { ok: false; message: string };

export async function bundledList(): Promise<ListResult> {
  // Imported, not read from disk, so the list travels with the code if the CLI is ever bundled.
  const { default: json } = await import("../../domain/incidents/data/ca-compliance-bugs.json", { with: { type: "json" } });
  const result = readIncidentList(json);
  return result.ok ? result : { ok: false, message: `the bundled list is damaged: ${result.message}` };
}

export async function listFromFile(path: string, io: CliIo): Promise<ListResult> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await io.readFile(path));
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = readIncidentListText(text);
  return result.ok ? result : { ok: false, message: `${path}: ${result.message}` };
}
