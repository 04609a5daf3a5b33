/**
 * The corpus of reports as CAs post them (src/domain/import/fixtures/corpus): every pattern of
 * the import issue, as Markdown (`.md`) and as text copied from the Bugzilla
 * page (`.txt`). For every file, through the command line's own code: the
 * import never refuses it (exit 0 or 1, never 2), every word of the input is
 * in the draft (placed, or set aside in `unplaced`), and the rendered draft
 * shows no N/A the input did not have.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DraftSchema, type Draft } from "../../domain/draft/schema.ts";
import { QUESTIONS } from "../../domain/import/questions.ts";
import { renderReport } from "../../domain/render/render.ts";
import { importCommand } from "./import.ts";

const DIR = new URL("../../domain/import/fixtures/corpus/", import.meta.url);
const CORPUS = readdirSync(DIR).filter((name) => /\.(?:md|txt)$/.test(name)).sort();

/** Words, case-insensitive; letters and digits apart ("30T15" is 30, t, 15), numbers without leading zeros or thousands commas. */
function words(text: string): string[] {
  return (text.replace(/(\d),(\d{3})\b/g, "$1$2").toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []).map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w));
}

/** Dates and times are rewritten into the draft's ISO form: month names, zone words and am/pm become numbers. */
const REWRITTEN = new Set([
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
  ...["utc", "gmt", "am", "pm", "st", "nd", "rd", "th"],
]);

/** Words of the template itself (headings, labels, the wiki's questions) are structure, shown again by the renderer or known to the reader. */
const STRUCTURE = new Set([
  ...words(QUESTIONS.map((q) => `${q.n} ${q.wording} Topic Question`).join(" ")),
  // A timeline table's own column headers.
  ...words("Date Time Event"),
]);

function draftWords(draft: Draft): Set<string> {
  const strings: string[] = [];
  JSON.stringify(draft, (_key, value: unknown) => {
    if (typeof value === "string" || typeof value === "number") strings.push(String(value));
    return value;
  });
  return new Set([...words(strings.join(" ")), ...words(renderReport(draft))]);
}

const notApplicable = (text: string) => (text.match(/\bN\/A\b/gi) ?? []).length;

async function runImport(name: string) {
  const text = readFileSync(new URL(name, DIR), "utf8");
  let stdout = "";
  let stderr = "";
  const code = await importCommand([name], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async () => new TextEncoder().encode(text),
    fileSize: async () => new TextEncoder().encode(text).length,
  });
  return { text, code, stdout, stderr };
}

describe("the corpus of posted reports", () => {
  it.each(CORPUS)("%s: imported (exit 0 or 1), every word kept", async (name) => {
    const { text, code, stdout, stderr } = await runImport(name);
    expect({ code, stderr: code === 2 ? stderr : "" }).toEqual({ code: expect.toSatisfy((c: number) => c === 0 || c === 1), stderr: "" });
    const parsed = DraftSchema.safeParse(JSON.parse(stdout));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const kept = draftWords(parsed.data);
    const lost = [...new Set(words(text))].filter((w) => !kept.has(w) && !REWRITTEN.has(w) && !STRUCTURE.has(w));
    expect(lost).toEqual([]);
  });

  it.each(CORPUS)("%s: the rendered draft shows no N/A the input did not have", async (name) => {
    const { text, stdout } = await runImport(name);
    const draft = DraftSchema.parse(JSON.parse(stdout));
    expect(notApplicable(renderReport(draft))).toBeLessThanOrEqual(notApplicable(text));
  });
});
