/**
 * Draft files: what "Export draft" writes and "Import draft" accepts (the
 * public draft format, shared/spec/draft-format.md).
 */
import { decodeDraftBytes, parseDraftText, parseDraftValue, type ParseResult } from "../domain/draft/parseDraft.ts";
import { summaryLine } from "../domain/render/bugzilla.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { slugify } from "../preview/output/fileName.ts";
import { sizeProblem } from "../domain/limits/inputLimits.ts";
import { readChosenFile, type ChosenFile } from "../ui/readChosenFile.ts";
import { workerOnce } from "../ui/workerOnce.ts";
import type { ReadDraftRequest } from "./draftFile.worker.ts";

/**
 * The file's text: 2-space JSON in the schema's key order. The form's values
 * go through the file schema first, so an export always imports again; a
 * value the schema refuses is still exported as it is (nothing is lost).
 */
export function draftJson(values: unknown): string {
  const parsed = parseDraftValue(values);
  return `${JSON.stringify(parsed.ok ? parsed.draft : values, null, 2)}\n`;
}

/** `example-ca-ocsp-responses-signed-with-sha-1.json`, from the Bugzilla summary line. */
export function draftFileName(draft: Pick<Draft, "caOwner" | "title">): string {
  return `${slugify(summaryLine(draft)) || "incident-report"}.json`;
}

/** A chosen file, checked: too large, not UTF-8, not JSON, not a draft, or the draft. The CLI's checks and messages. */
export async function readDraftFile(file: ChosenFile): Promise<ParseResult> {
  const decoded = await readChosenFile(file, "draftFile", decodeDraftBytes);
  if (!decoded.ok) return { ok: false, problems: [{ path: "", message: decoded.message }] };
  return parseDraftText(decoded.text, file.name);
}

/** `readDraftFile` with the decoding and parsing in a Web Worker (where there is one), so a large file does not freeze the page. */
export async function readDraftFileOffThread(file: File): Promise<ParseResult> {
  if (typeof Worker === "undefined") return readDraftFile(file);
  const tooLarge = sizeProblem("draftFile", file.size, file.name);
  if (tooLarge) return { ok: false, problems: [{ path: "", message: tooLarge }] };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problems: [{ path: "", message: `${file.name} could not be read` }] };
  }
  const makeWorker = () => new Worker(new URL("./draftFile.worker.ts", import.meta.url), { type: "module" });
  const failed: ParseResult = { ok: false, problems: [{ path: "", message: `${file.name} could not be read` }] };
  return (await workerOnce<ReadDraftRequest, ParseResult>(makeWorker, { bytes, name: file.name }, [bytes], failed)) ?? failed;
}
