/**
 * Summary, Impact and the Closure summary: labelled bullets, in any order, with
 * the three non-compliance dates nested under "Timeline summary" (or, by hand,
 * not nested).
 */
import { FIELDS, fieldsOf, fieldSpec, inReportBody, type FieldKey, type SectionId } from "../../draft/catalogue.ts";
import { FOLDED_INTO, fieldText } from "../../render/fieldText.ts";
import { normalizeText } from "../../render/markdown.ts";
import { readBlocks } from "../blocks.ts";
import { readBullets, type Bullet } from "../bullets.ts";
import { skip, type ReadContext } from "../context.ts";
import { findLabel, splitLead } from "../labels.ts";
import { paragraphs, type Line } from "../lines.ts";
import { assignField } from "../fields.ts";
import { isNotApplicable, valueText } from "../values.ts";
import { clip } from "../../draft/problems.ts";

/** The field that holds a section's prose in the v2.0 template and the older questions, where the section had no labels. */
const PROSE_FIELD: Partial<Record<SectionId, FieldKey>> = { summary: "summary.incidentDescription", closure: "closure.incidentDescription" };

type Entry = { names: readonly string[]; key?: FieldKey; parent?: string };

function entriesOf(section: SectionId): Entry[] {
  const keys = fieldsOf(section).filter((key) => inReportBody(fieldSpec(key)) && !FOLDED_INTO[key]);
  const parents = [...new Set(keys.map((key) => fieldSpec(key).parent).filter((p) => p !== undefined))];
  return [...keys.map((key) => ({ names: [FIELDS[key].label], key })), ...parents.map((parent) => ({ names: [parent], parent }))];
}

/**
 * By hand: list items and labelled paragraphs, in the report's order. A
 * paragraph under a label with no value on its line is that label's value;
 * any other paragraph belongs to no field (in the v2.0 template, the
 * section's prose is its main field).
 */
function readWrittenItems(ctx: ReadContext, section: SectionId | null, lines: readonly Line[], entries: readonly Entry[], seen: Set<string>, where: string): void {
  const isLabel = (text: string) => {
    const lead = splitLead(text, "lenient");
    return lead !== null && findLabel(lead.label, entries.map((e) => e.names)) !== -1;
  };
  let open = null as Bullet | null;
  const prose: Line[][] = [];
  const emptyLabel = (item: Bullet) => splitLead(item.first, "lenient")?.rest === "";
  for (const block of readBlocks(lines, ctx.mode, isLabel)) {
    if (block.bullet) {
      if (open) readItem(ctx, open, entries, seen, where);
      open = block.bullet;
    } else if (open !== null && emptyLabel(open)) {
      const item: Bullet = open;
      open = { ...item, body: [...item.body, { n: block.n, text: "" }, ...block.paragraph], source: [...item.source, ...block.paragraph] };
    } else prose.push(block.paragraph);
  }
  if (open) readItem(ctx, open, entries, seen, where);
  const proseField = section && ctx.template !== "v3" ? PROSE_FIELD[section] : undefined;
  if (proseField && prose.length > 0 && fieldText(ctx.draft, proseField) === "") {
    const text = normalizeText(prose.map((p) => p.map((l) => l.text.trim()).join("\n")).join("\n\n"));
    assignField(ctx, proseField, text, prose[0][0]);
  } else for (const paragraph of prose) skip(ctx, paragraph, `text outside the ${where} fields`);
}

function readItems(ctx: ReadContext, lines: readonly Line[], entries: readonly Entry[], seen: Set<string>, where: string, section: SectionId | null = null): void {
  if (ctx.mode === "lenient") return readWrittenItems(ctx, section, lines, entries, seen, where);
  const { bullets, stray } = readBullets(lines, ctx.mode);
  for (const paragraph of paragraphs(stray)) skip(ctx, paragraph, `text outside the ${where} fields`);
  for (const bullet of bullets) readItem(ctx, bullet, entries, seen, where);
}

function readItem(ctx: ReadContext, bullet: Bullet, entries: readonly Entry[], seen: Set<string>, where: string): void {
  const lead = splitLead(bullet.first, ctx.mode);
  const index = lead ? findLabel(lead.label, entries.map((e) => e.names)) : -1;
  if (!lead || index === -1) {
    skip(ctx, bullet.source, lead ? `"${clip(lead.label)}" is not a field of ${where}` : `not a labelled field of ${where}`);
    return;
  }
  const entry = entries[index];
  const name = entry.names[0];
  if (seen.has(name)) {
    skip(ctx, bullet.source, `"${clip(name)}" was already given above`);
    return;
  }
  seen.add(name);
  if (entry.parent !== undefined) {
    if (!isNotApplicable(lead.rest, ctx.mode)) skip(ctx, [{ n: bullet.line.n, text: lead.rest }], `text after "${clip(name)}" that belongs to none of its dates`);
    const children = entries.filter((e) => e.key !== undefined && fieldSpec(e.key).parent === entry.parent);
    readItems(ctx, bullet.body, children, seen, `"${name}"`);
    return;
  }
  if (entry.key !== undefined) assignField(ctx, entry.key, valueText(lead.rest, ctx.mode === "lenient" ? unwrapOneItem(bullet.body) : bullet.body, ctx.mode), bullet.line);
}

/** A value written as the one nested item under its label (`- Incident description:` then `  - text`): the item's text. */
function unwrapOneItem(body: readonly Line[]): readonly Line[] {
  const { bullets, stray } = readBullets(body, "lenient");
  if (bullets.length !== 1 || stray.some((line) => line.text.trim() !== "")) return body;
  const [item] = bullets;
  return [{ n: item.line.n, text: item.first }, ...item.body];
}

/** Reads a section of labelled fields into the draft. */
export function readFieldList(section: SectionId, heading: string, lines: readonly Line[], ctx: ReadContext): void {
  readItems(ctx, lines, entriesOf(section), new Set(), heading, section);
}
