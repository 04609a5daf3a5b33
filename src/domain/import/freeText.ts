/**
 * The last reading, when the paste has no report heading, no template labels
 * and none of the wiki's questions: a first comment written as free text
 * ("We would like to report that…"). It is read as a Preliminary report whose
 * Incident description holds the text, for the author to check every field.
 * The page's comment headers and any later comment stay aside.
 */
import type { Draft } from "../draft/schema.ts";
import { normalizeText } from "../render/markdown.ts";
import { newContext, skip } from "./context.ts";
import { assignField } from "./fields.ts";
import { isBlank, trimBlankLines, type Line } from "./lines.ts";
import { keepBefore } from "./outside.ts";
import { finishReading } from "./readReport.ts";
import type { ImportOptions, Unmapped } from "./types.ts";

/** The comments of the paste: runs of lines between the page's comment headers. */
function comments(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [[]];
  for (const line of lines) {
    if (line.boundary) out.push([]);
    else out[out.length - 1].push(line);
  }
  return out.map(trimBlankLines).filter((c) => c.length > 0);
}

/** Null when the paste holds no text at all (only blank lines and the page's headers). */
export function readFreeText(lines: readonly Line[], options: ImportOptions): { draft: Draft; unmapped: Unmapped[] } | null {
  const [first, ...later] = comments(lines);
  if (!first) return null;
  const ctx = newContext("lenient", "preliminary", options.author ?? "ca-owner");
  const start = lines.indexOf(first[0]);
  // The page's headers above the first comment (and a bug line) are kept aside, or fill the bug number.
  keepBefore(lines.slice(0, start), ctx, "the page's comment header");
  ctx.heading = "";
  const widths = first.filter((l) => !isBlank(l)).map((l) => l.text.length - l.text.trimStart().length);
  const common = Math.min(...widths);
  assignField(ctx, "summary.incidentDescription", normalizeText(first.map((l) => l.text.slice(Math.min(common, l.text.length - l.text.trimStart().length))).join("\n")), first[0]);
  const end = lines.indexOf(first[first.length - 1]) + 1;
  for (const comment of later) skip(ctx, comment, "a later comment of the page, not read");
  for (const line of lines.slice(end)) if (line.boundary) skip(ctx, [line], "the page's comment header");
  return finishReading(ctx, options);
}
