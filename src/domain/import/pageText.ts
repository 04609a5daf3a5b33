/**
 * Stage 1, normalise: text copied from the Bugzilla page (rendered, not the
 * Markdown) becomes the same line model as posted Markdown. Headings are bare
 * lines there ("Full Incident Report", "Summary"), bullets are `•` or a lone
 * `-` line before the item, tables are rows of cells separated by tabs, and
 * the page's own comment headers ("Comment 3", name, "Reply") sit between
 * comments. Line numbers stay those of the pasted text.
 */
import { SECTIONS, SECTION_IDS } from "../draft/catalogue.ts";
import { isCommentChrome, isCommentHeader, markLinesAbove } from "./commentHeaders.ts";
import { SECTION_ALIASES } from "./headings.ts";
import { labelKey } from "./labels.ts";
import { isBlank, type Line } from "./lines.ts";
import { reportHeadingOf } from "./reportHeadings.ts";

const BULLET_CHARS = /^([ \t]{0,12})[\u2022\u25e6\u25aa\u25cf\u00b7\u2023\u2043][ \t]{0,4}/;

/** Sections CAs add to the template: kept aside under their heading, never read as part of another section. */
export const ADDED_SECTIONS = ["Background", "Actions Already Taken", "Requested Action", "Next Steps", "Update", "Questions"];
const FINDING = /^finding\s*(?:#\s*)?\d{1,4}\b/;

function sectionHeadingKey(text: string): boolean {
  const key = labelKey(text);
  if (key === "" || key.length > 60) return false;
  const names = SECTION_IDS.flatMap((id) => [SECTIONS[id].heading, ...(SECTION_ALIASES[id] ?? [])]);
  return names.some((name) => labelKey(name) === key) || ADDED_SECTIONS.some((name) => labelKey(name) === key) || FINDING.test(key);
}

/** Whether the text has report headings only as bare lines (a copy of the page), not as Markdown headings. */
export function isPageText(lines: readonly Line[]): boolean {
  let bare = false;
  for (const line of lines) {
    const text = line.text.trim();
    if (text.startsWith("#") && reportHeadingOf(text.replace(/^#+[ \t]*/, ""))) return false;
    if (!bare && reportHeadingOf(text)) bare = true;
  }
  return bare;
}

/** A row of cells separated by tabs (two or more cells). */
function tabCells(text: string): string[] | null {
  if (!text.includes("\t")) return null;
  const cells = text.split("\t").map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
}

const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;

/** A run of pipe-separated rows without the Markdown delimiter row. */
function pipeCells(text: string): number {
  const t = text.trim();
  if (!t.includes("|")) return 0;
  return t.replace(/^\|/, "").replace(/\|$/, "").split("|").length;
}

/**
 * The page's text as the Markdown line model. Only lines that are certainly
 * layout change: a bare heading line becomes a heading, `•` a `-`, a row of
 * tab-separated cells a table row; everything else is left as written.
 */
export function fromPageText(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let table = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text.trim();
    const previousBlank = i === 0 || isBlank(lines[i - 1]);
    if (isCommentHeader(text) || (isCommentChrome(text) && previousBlank)) {
      // The author's name and role sit right above "Comment 3": part of the header too.
      markLinesAbove(out);
      out.push({ n: line.n, text: line.text, boundary: true });
      table = false;
      continue;
    }
    // A lone "-" before a loose list item: the item's text is on the next non-blank line.
    if (text === "-" || text === "*") {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j])) j++;
      if (j < lines.length) {
        out.push({ n: lines[j].n, text: `- ${lines[j].text.trim()}`, pasted: lines[j].text });
        i = j;
        continue;
      }
    }
    const report = reportHeadingOf(text);
    if (report) {
      out.push({ n: line.n, text: `${"#".repeat(report.level)} ${text}`, pasted: line.text, ...(line.supplied ? { supplied: true } : {}) });
      table = false;
      continue;
    }
    if (sectionHeadingKey(text) && !text.includes(":")) {
      out.push({ n: line.n, text: `### ${text}`, pasted: line.text, ...(line.supplied ? { supplied: true } : {}) });
      table = false;
      continue;
    }
    const bullet = BULLET_CHARS.exec(line.text);
    if (bullet) {
      out.push({ n: line.n, text: `${bullet[1].replace(/\t/g, "  ")}- ${line.text.slice(bullet[0].length)}`, pasted: line.text });
      table = false;
      continue;
    }
    const cells = tabCells(line.text);
    if (cells) {
      out.push({ n: line.n, text: row(cells), pasted: line.text });
      if (!table) out.push({ n: line.n, text: row(cells.map(() => "---")), pasted: "" });
      table = true;
      continue;
    }
    const pipes = pipeCells(text);
    if (pipes >= 2 && !table) {
      const next = lines[i + 1];
      const delimiterFollows = next !== undefined && /^[\s|:-]+$/.test(next.text) && next.text.includes("-");
      if (!delimiterFollows && next !== undefined && pipeCells(next.text) === pipes) {
        out.push({ n: line.n, text: row(text.replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim())), pasted: line.text });
        out.push({ n: line.n, text: row(Array.from({ length: pipes }, () => "---")), pasted: "" });
        table = true;
        continue;
      }
    }
    table = table && pipes >= 2;
    out.push(line);
  }
  return out;
}
