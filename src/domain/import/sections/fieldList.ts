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
import { bareLead, findLabel, splitLead, type Lead } from "../labels.ts";
import { paragraphs, type Line } from "../lines.ts";
import { assignField } from "../fields.ts";
import { isNotApplicable, valueText } from "../values.ts";
import { clip } from "../../draft/problems.ts";

/** The field that holds a section's prose in the v2.0 template and the older questions, where the section had no labels. */
const PROSE_FIELD: Partial<Record<SectionId, FieldKey>> = {
  summary: "summary.incidentDescription",
  // v2.0's Impact was prose about the size and nature of the incident: the Full report's "Additional considerations".
  impact: "impact.additionalConsiderations",
  closure: "closure.incidentDescription",
};

/**
 * Fields that hold paragraphs: by hand (and on a copied page, where nesting is
 * lost) the paragraphs and lists after the label's first lines are still theirs.
 */
const PARAGRAPH_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  "summary.incidentDescription",
  "impact.incidentHeuristic",
  "impact.analysis",
  "impact.additionalConsiderations",
  "closure.incidentDescription",
  "closure.rootCauses",
  "closure.remediationDescription",
  "closure.commitmentSummary",
]);

/** Fields whose value is one line (a choice, a count, a date): a line after it is a piece of its own, never glued to the value. */
function oneLine(key: FieldKey): boolean {
  return key !== "impact.issuanceStopped" && fieldSpec(key).input !== "markdown";
}

type Entry = { names: readonly string[]; key?: FieldKey; parent?: string };

function entriesOf(section: SectionId): Entry[] {
  const keys = fieldsOf(section).filter((key) => inReportBody(fieldSpec(key)) && !FOLDED_INTO[key]);
  const parents = [...new Set(keys.map((key) => fieldSpec(key).parent).filter((p) => p !== undefined))];
  return [...keys.map((key) => ({ names: [FIELDS[key].label], key })), ...parents.map((parent) => ({ names: [parent], parent }))];
}

/** The label at the start of an item: `Label: value` as usual, or (by hand) a known label with no colon. */
function leadOf(first: string, mode: ReadContext["mode"], entries: readonly Entry[]): Lead | null {
  const lead = splitLead(first, mode);
  if (mode === "exact" || (lead && findLabel(lead.label, entries.map((e) => e.names)) !== -1)) return lead;
  return bareLead(first, entries.map((e) => e.names)) ?? lead;
}

/** Lines of a block as they continue a value: a list item keeps its marker (it is part of the text), with a blank line where the report had one. */
function continuation(item: Bullet, lines: readonly Line[], source: readonly Line[] = lines): Bullet {
  const last = item.source[item.source.length - 1];
  const gap = last !== undefined && lines[0].n > last.n + 1 ? [{ n: lines[0].n, text: "" }] : [];
  return { ...item, body: [...item.body, ...gap, ...lines], source: [...item.source, ...source] };
}

/**
 * By hand: list items and labelled paragraphs, in the report's order. A
 * label with no value on its line takes the next block as its value (a
 * paragraph, or the item below it when nesting was lost); a field of
 * paragraphs takes every unlabelled block up to the next label; anything
 * else belongs to no field. In the v2.0 template, the section's prose (its
 * first run of unlabelled blocks) is its main field; later prose is not
 * merged with it.
 */
function readWrittenItems(ctx: ReadContext, section: SectionId | null, lines: readonly Line[], entries: readonly Entry[], seen: Set<string>, where: string): void {
  const keyOf = (item: Bullet) => {
    const lead = leadOf(item.first, "lenient", entries);
    const index = lead ? findLabel(lead.label, entries.map((e) => e.names)) : -1;
    return index === -1 ? undefined : { entry: entries[index], rest: lead?.rest ?? "" };
  };
  const isLabel = (text: string) => keyOf({ line: { n: 0, text }, first: text, body: [], source: [] }) !== undefined;
  let open = null as Bullet | null;
  const runs: Line[][][] = [[]];
  for (const block of readBlocks(lines, ctx.mode, isLabel)) {
    // An item with a label of its own, even one the template does not have ("Reporter: Alice"), is never part of another field's value.
    if (block.bullet && (isLabel(block.bullet.first) || splitLead(block.bullet.first, "lenient") !== null)) {
      if (open) readItem(ctx, open, entries, seen, where);
      open = block.bullet;
      if (runs[runs.length - 1].length > 0) runs.push([]);
      continue;
    }
    const found = open ? keyOf(open) : undefined;
    const emptyValue = found !== undefined && found.rest === "" && open !== null && open.body.every((l) => l.text.trim() === "");
    const ofParagraphs = found?.entry.key !== undefined && PARAGRAPH_FIELDS.has(found.entry.key);
    if (open && emptyValue && block.bullet) {
      // The value as its own item, one level too high (nesting lost): its text without the marker.
      open = continuation(open, [{ n: block.bullet.line.n, text: block.bullet.first }, ...block.bullet.body], block.bullet.source);
    } else if (open && block.bullet && ofParagraphs) open = continuation(open, block.bullet.source);
    else if (open && block.paragraph && (ofParagraphs || found?.rest === "")) open = continuation(open, block.paragraph);
    else runs[runs.length - 1].push(block.bullet ? block.bullet.source : block.paragraph);
  }
  if (open) readItem(ctx, open, entries, seen, where);
  const proseField = section && ctx.template !== "v3" ? PROSE_FIELD[section] : undefined;
  const [first, ...later] = runs.filter((run) => run.length > 0);
  if (proseField && first && fieldText(ctx.draft, proseField) === "") {
    const text = normalizeText(first.map((p) => p.map((l) => l.text.trim()).join("\n")).join("\n\n"));
    assignField(ctx, proseField, text, first[0][0]);
  } else if (first) for (const paragraph of first) skip(ctx, paragraph, `text outside the ${where} fields`);
  for (const run of later) for (const paragraph of run) skip(ctx, paragraph, `text outside the ${where} fields`);
}

function readItems(ctx: ReadContext, lines: readonly Line[], entries: readonly Entry[], seen: Set<string>, where: string, section: SectionId | null = null): void {
  if (ctx.mode === "lenient") return readWrittenItems(ctx, section, lines, entries, seen, where);
  const { bullets, stray } = readBullets(lines, ctx.mode);
  for (const paragraph of paragraphs(stray)) skip(ctx, paragraph, `text outside the ${where} fields`);
  for (const bullet of bullets) readItem(ctx, bullet, entries, seen, where);
}

function readItem(ctx: ReadContext, bullet: Bullet, entries: readonly Entry[], seen: Set<string>, where: string): void {
  const lead = leadOf(bullet.first, ctx.mode, entries);
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
  if (entry.key === undefined) return;
  const body = ctx.mode === "lenient" ? unwrapOneItem(bullet.body) : bullet.body;
  if (ctx.mode === "lenient" && oneLine(entry.key)) {
    // "Source of incident disclosure: Self Reported" then "We will post a full report by…": the sentence is its own piece.
    const value = lead.rest !== "" ? [] : body.slice(0, 1 + body.findIndex((l) => l.text.trim() !== ""));
    const after = body.slice(value.length);
    assignField(ctx, entry.key, valueText(lead.rest, value, ctx.mode), bullet.line);
    for (const paragraph of paragraphs(after)) skip(ctx, paragraph, `text after the value of "${clip(name)}"`);
    return;
  }
  assignField(ctx, entry.key, valueText(lead.rest, body, ctx.mode), bullet.line);
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
