/**
 * Summary, Impact and the Closure summary: labelled bullets, in any order, with
 * the three non-compliance dates nested under "Timeline summary" (or, by hand,
 * not nested).
 */
import { FIELDS, fieldsOf, fieldSpec, inReportBody, type FieldKey, type SectionId } from "../../draft/catalogue.ts";
import { FOLDED_INTO } from "../../render/fieldText.ts";
import { readBullets, type Bullet } from "../bullets.ts";
import { skip, type ReadContext } from "../context.ts";
import { findLabel, splitLead } from "../labels.ts";
import { paragraphs, type Line } from "../lines.ts";
import { assignField } from "../fields.ts";
import { isNotApplicable, valueText } from "../values.ts";

type Entry = { names: readonly string[]; key?: FieldKey; parent?: string };

function entriesOf(section: SectionId): Entry[] {
  const keys = fieldsOf(section).filter((key) => inReportBody(fieldSpec(key)) && !FOLDED_INTO[key]);
  const parents = [...new Set(keys.map((key) => fieldSpec(key).parent).filter((p) => p !== undefined))];
  return [...keys.map((key) => ({ names: [FIELDS[key].label], key })), ...parents.map((parent) => ({ names: [parent], parent }))];
}

function readItems(ctx: ReadContext, lines: readonly Line[], entries: readonly Entry[], seen: Set<string>, where: string): void {
  const { bullets, stray } = readBullets(lines, ctx.mode);
  for (const paragraph of paragraphs(stray)) skip(ctx, paragraph, `text outside the ${where} fields`);
  for (const bullet of bullets) readItem(ctx, bullet, entries, seen, where);
}

function readItem(ctx: ReadContext, bullet: Bullet, entries: readonly Entry[], seen: Set<string>, where: string): void {
  const lead = splitLead(bullet.first, ctx.mode);
  const index = lead ? findLabel(lead.label, entries.map((e) => e.names)) : -1;
  if (!lead || index === -1) {
    skip(ctx, bullet.source, lead ? `"${lead.label}" is not a field of ${where}` : `not a labelled field of ${where}`);
    return;
  }
  const entry = entries[index];
  const name = entry.names[0];
  if (seen.has(name)) {
    skip(ctx, bullet.source, `"${name}" was already given above`);
    return;
  }
  seen.add(name);
  if (entry.parent !== undefined) {
    if (!isNotApplicable(lead.rest, ctx.mode)) skip(ctx, [{ n: bullet.line.n, text: lead.rest }], `text after "${name}" that belongs to none of its dates`);
    const children = entries.filter((e) => e.key !== undefined && fieldSpec(e.key).parent === entry.parent);
    readItems(ctx, bullet.body, children, seen, `"${name}"`);
    return;
  }
  if (entry.key !== undefined) assignField(ctx, entry.key, valueText(lead.rest, bullet.body, ctx.mode), bullet.line);
}

/** Reads a section of labelled fields into the draft. */
export function readFieldList(section: SectionId, heading: string, lines: readonly Line[], ctx: ReadContext): void {
  readItems(ctx, lines, entriesOf(section), new Set(), heading);
}
