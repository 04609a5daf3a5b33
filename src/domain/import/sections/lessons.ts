/** Lessons Learned: four labelled bullets, each with a nested list of lessons (or N/A). */
import { LESSON_FIELDS } from "../../draft/catalogue.ts";
import { LESSON_LISTS, type LessonList } from "../../draft/schema.ts";
import { normalizeText } from "../../render/markdown.ts";
import { readBlocks } from "../blocks.ts";
import { readBullets, type Bullet } from "../bullets.ts";
import { markNotApplicable, skip, type ReadContext } from "../context.ts";
import { findLabel, splitLead } from "../labels.ts";
import { paragraphs, type Line } from "../lines.ts";
import { unguardLines } from "../unescape.ts";
import { isNotApplicable, saysNotApplicable } from "../values.ts";
import { clip } from "../../draft/problems.ts";

// The field definitions call the last list "Other" and ask "What went well?".
const NAMES: Record<LessonList, string[]> = {
  wentWell: [LESSON_FIELDS.wentWell.label],
  didNotGoWell: [LESSON_FIELDS.didNotGoWell.label],
  gotLucky: [LESSON_FIELDS.gotLucky.label],
  additional: [LESSON_FIELDS.additional.label, "Other"],
};

/** One lesson: its first line is on the bullet's line, the rest indented under it. */
function lessonText(bullet: Bullet, ctx: ReadContext): string {
  const lines = unguardLines([bullet.first, ...bullet.body.map((l) => l.text)], false, bullet.body[0]?.column ?? 0);
  if (ctx.mode === "lenient") lines[0] = lines[0].trim();
  return normalizeText(lines.join("\n"));
}

function readList(bullet: Bullet, list: LessonList, rest: string, ctx: ReadContext): void {
  const lessons = ctx.draft.lessons[list];
  if (saysNotApplicable(rest, ctx.mode)) markNotApplicable(ctx, `lessons.${list}`);
  else if (!isNotApplicable(rest, ctx.mode)) lessons.push({ id: "", text: rest });
  const { bullets, stray } = readBullets(bullet.body, ctx.mode);
  for (const paragraph of paragraphs(stray)) {
    // By hand, a single lesson is often written as a paragraph under its label.
    if (ctx.mode === "lenient" && bullets.length === 0) {
      const text = normalizeText(paragraph.map((l) => l.text.trim()).join("\n"));
      if (!isNotApplicable(text, ctx.mode)) lessons.push({ id: "", text });
    }
    else skip(ctx, paragraph, `text outside the list of "${LESSON_FIELDS[list].label}"`);
  }
  for (const item of bullets) {
    const text = lessonText(item, ctx);
    if (ctx.mode === "lenient" && isNotApplicable(text, ctx.mode)) continue;
    lessons.push({ id: "", text });
  }
}

/** `**Label:** rest`, or by hand the label alone on its line (`- What went well`, a bare line copied from the page). */
function leadOf(text: string, ctx: ReadContext) {
  const lead = splitLead(text, ctx.mode);
  if (lead || ctx.mode === "exact") return lead;
  return { label: text.trim(), rest: "", bold: false };
}

export function readLessons(lines: readonly Line[], ctx: ReadContext): void {
  const seen = new Set<LessonList>();
  // By hand (and in text copied from the page, where nesting is lost), lessons may follow their label at its own level.
  let current: LessonList | null = null;
  const isLabel = (text: string) => findLabel(leadOf(text, ctx)?.label ?? "", LESSON_LISTS.map((l) => NAMES[l])) !== -1;
  for (const block of readBlocks(lines, ctx.mode, isLabel)) {
    const first = block.bullet ? block.bullet.first : block.paragraph[0].text;
    const lead = leadOf(first, ctx);
    const index = lead ? findLabel(lead.label, LESSON_LISTS.map((l) => NAMES[l])) : -1;
    if (index !== -1 && lead && block.bullet) {
      const list = LESSON_LISTS[index];
      if (seen.has(list)) {
        skip(ctx, block.bullet.source, `"${LESSON_FIELDS[list].label}" was already given above`);
        current = null;
        continue;
      }
      seen.add(list);
      current = list;
      readList(block.bullet, list, lead.rest, ctx);
    } else if (ctx.mode === "lenient" && current !== null) {
      const text = block.bullet ? lessonText(block.bullet, ctx) : normalizeText(block.paragraph.map((l) => l.text.trim()).join("\n"));
      if (!isNotApplicable(text, ctx.mode)) ctx.draft.lessons[current].push({ id: "", text });
    } else if (block.bullet) {
      skip(ctx, block.bullet.source, lead && splitLead(first, ctx.mode) ? `"${clip(lead.label)}" is not one of the Lessons Learned lists` : "not one of the Lessons Learned lists");
    } else skip(ctx, block.paragraph, "text outside the four Lessons Learned lists");
  }
}
