/**
 * Draft files: what "Export draft" writes and "Import draft" accepts (the
 * public draft format, shared/spec/draft-format.md).
 */
import { parseDraftText, parseDraftValue, type ParseResult } from "../domain/draft/parseDraft.ts";
import { summaryLine } from "../domain/render/bugzilla.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { slugify } from "../preview/output/fileName.ts";

/** Larger files are refused before reading: no real draft comes near it, and reading one would stall the tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

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

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A chosen file, checked: too large, not JSON, not a draft, or the draft. */
export async function readDraftFile(file: Pick<File, "name" | "size" | "text">): Promise<ParseResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ path: "", message: `${file.name} is ${megabytes(file.size)}: a draft file can be at most ${megabytes(MAX_IMPORT_BYTES)}` }] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [{ path: "", message: `${file.name} could not be read` }] };
  }
  return parseDraftText(text, file.name);
}
