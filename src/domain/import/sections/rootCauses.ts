/**
 * Root Cause Analysis: blocks of `**Contributing Factor #n: title**` followed
 * by five labelled bullets. By hand the title may be a heading, unnumbered, or
 * missing for a single factor.
 */
import { ITEM_FIELDS, ITEM_NAMES } from "../../draft/catalogue.ts";
import type { RootCause } from "../../draft/schema.ts";
import { readBlocks } from "../blocks.ts";
import { readBullets } from "../bullets.ts";
import { skip, type ReadContext } from "../context.ts";
import { findLabel, splitLead } from "../labels.ts";
import { paragraphs, trimBlankLines, type Line } from "../lines.ts";
import { normalizeText } from "../../render/markdown.ts";
import { causeName } from "../references.ts";
import { unescapeInline } from "../unescape.ts";
import { isNotApplicable, textValue, valueText } from "../values.ts";
import { clip } from "../../draft/problems.ts";

const PARTS = ["description", "timeline", "detection", "interaction", "methodology"] as const satisfies readonly (keyof RootCause)[];
const NAME = causeName();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The renderer's title line: `**Contributing Factor #1: ` + plainInline(title) + `**`. */
function exactTitle(text: string): string | null {
  const m = /^\*\*(.+)\*\*$/s.exec(text);
  if (!m) return null;
  const head = /^(.*?#\d+): /s.exec(m[1]);
  if (!head || head[1] !== ITEM_NAMES.rootCauses(Number(head[1].replace(/^.*#/, "")))) return null;
  const title = unescapeInline(m[1].slice(head[0].length));
  // Trailing spaces are stripped before escaping, so a trailing space comes from joining
  // lines: a last line of only non-ASCII spaces (U+00A0), which the renderer keeps.
  return title.endsWith(" ") ? `${title.slice(0, -1)}\n\u00a0` : title;
}

const WRITTEN_TITLE = new RegExp(
  `^ {0,3}(?:#{1,6}\\s+)?(?:\\*\\*|__)?\\s*(?:${escapeRegExp(NAME)}|Root Cause)\\s*(?:#\\s*\\d*|\\d+)\\s*(?:\\*\\*|__)?\\s*[:.\\u2013\\u2014-]?\\s*(.*?)\\s*(?:\\*\\*|__)?\\s*#*$`,
  "is",
);

function writtenTitle(text: string): string | null {
  const m = WRITTEN_TITLE.exec(text);
  return m ? unescapeInline(m[1]).replace(/\\(.)/g, "$1") : null;
}

function readCause(title: string, lines: readonly Line[], ctx: ReadContext): void {
  const cause: RootCause = { id: "", title: textValue(title, false, ctx.mode), description: "", timeline: "", detection: "", interaction: "", methodology: "" };
  const labels = PARTS.map((p) => [ITEM_FIELDS.rootCauses[p].label]);
  const isLabel = (text: string) => findLabel(splitLead(text, "lenient")?.label ?? "", labels) !== -1;
  const seen = new Set<string>();
  for (const block of readBlocks(lines, ctx.mode, isLabel)) {
    if (!block.bullet) {
      skip(ctx, block.paragraph, "text outside the contributing factor's fields");
      continue;
    }
    const bullet = block.bullet;
    const lead = splitLead(bullet.first, ctx.mode);
    const index = lead ? findLabel(lead.label, PARTS.map((p) => [ITEM_FIELDS.rootCauses[p].label])) : -1;
    if (!lead || index === -1 || seen.has(PARTS[index])) {
      skip(ctx, bullet.source, !lead ? "not a labelled field of a contributing factor" : index === -1 ? `"${clip(lead.label)}" is not a field of a contributing factor` : `"${clip(lead.label)}" was already given above`);
      continue;
    }
    const part = PARTS[index];
    seen.add(part);
    cause[part] = textValue(valueText(lead.rest, bullet.body, ctx.mode), ITEM_FIELDS.rootCauses[part].notApplicable, ctx.mode);
  }
  ctx.draft.rootCauses.push(cause);
}

/** A list of causes with no labels: one contributing factor per item, text before the list kept aside. False if it is not a list. */
function readCauseList(lines: readonly Line[], ctx: ReadContext): boolean {
  const { bullets, stray } = readBullets(lines, "lenient");
  if (bullets.length < 2) return false;
  for (const paragraph of paragraphs(stray)) skip(ctx, paragraph, `text outside the list of causes`);
  for (const bullet of bullets) {
    const description = normalizeText([bullet.first.trim(), ...bullet.body.map((l) => l.text)].join("\n"));
    ctx.draft.rootCauses.push({ id: "", title: "", description, timeline: "", detection: "", interaction: "", methodology: "" });
  }
  return true;
}

export function readRootCauses(lines: readonly Line[], ctx: ReadContext): void {
  const body = trimBlankLines(lines);
  if (body.length === 0 || (body.length === 1 && isNotApplicable(body[0].text, ctx.mode))) return;
  const titleOf = (text: string) => (ctx.mode === "exact" ? exactTitle(text) : writtenTitle(text));
  let current: { title: string; lines: Line[] } | null = null;
  const before: Line[] = [];
  for (const line of body) {
    const title = titleOf(line.text);
    if (title !== null) {
      if (current) readCause(current.title, current.lines, ctx);
      current = { title, lines: [] };
    } else if (current) current.lines.push(line);
    else before.push(line);
  }
  // By hand, a single factor is often written as its bullets with no title.
  if (ctx.mode === "lenient" && before.some((l) => splitLead(l.text.replace(/^\s*[-*+]\s+/, ""), "lenient"))) readCause("", before, ctx);
  // An analysis written as a list of causes: each item is a contributing factor, described in the author's words.
  else if (ctx.mode === "lenient" && current === null && readCauseList(before, ctx)) return;
  // The v2.0 template asked for the root cause analysis as prose: it is one factor's description.
  else if (ctx.template !== "v3" && current === null && before.length > 0) {
    const description = normalizeText(before.map((l) => l.text.trimEnd()).join("\n"));
    ctx.draft.rootCauses.push({ id: "", title: "", description, timeline: "", detection: "", interaction: "", methodology: "" });
  } else for (const paragraph of paragraphs(before)) skip(ctx, paragraph, `text before the first "${NAME}"`);
  if (current) readCause(current.title, current.lines, ctx);
}
