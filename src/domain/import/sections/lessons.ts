/** Lessons Learned: four labelled bullets, each with a nested list of lessons (or N/A). */
import { LESSON_FIELDS } from "../../draft/catalogue.ts";
import { LESSON_LISTS, type LessonList } from "../../draft/schema.ts";
import { normalizeText } from "../../render/markdown.ts";
import { readBullets, type Bullet } from "../bullets.ts";
import { markNotApplicable, skip, type ReadContext } from "../context.ts";
import { findLabel, splitLead } from "../labels.ts";
import { paragraphs, type Line } from "../lines.ts";
import { unguardLines } from "../unescape.ts";
import { isNotApplicable, saysNotApplicable } from "../values.ts";

// The field definitions call the last list "Other" and ask "What went well?".
const NAMES: Record<LessonList, string[]> = {
  wentWell: [LESSON_FIELDS.wentWell.label],
  didNotGoWell: [LESSON_FIELDS.didNotGoWell.label],
  gotLucky: [LESSON_FIELDS.gotLucky.label],
  additional: [LESSON_FIELDS.additional.label, "Other"],
};

/** One lesson: its first line is on the bullet's line, the rest indented under it. */
function lessonText(bullet: Bullet, ctx: ReadContext): string {
  const lines = unguardLines([bullet.first, ...bullet.body.map((l) => l.text)], false);
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
    if (ctx.mode === "lenient" && bullets.length === 0) lessons.push({ id: "", text: normalizeText(paragraph.map((l) => l.text.trim()).join("\n")) });
    else skip(ctx, paragraph, `text outside the list of "${LESSON_FIELDS[list].label}"`);
  }
  for (const item of bullets) {
    const text = lessonText(item, ctx);
    if (ctx.mode === "lenient" && isNotApplicable(text, ctx.mode)) continue;
    lessons.push({ id: "", text });
  }
}

export function readLessons(lines: readonly Line[], ctx: ReadContext): void {
  const { bullets, stray } = readBullets(lines, ctx.mode);
  for (const paragraph of paragraphs(stray)) skip(ctx, paragraph, "text outside the four Lessons Learned lists");
  const seen = new Set<LessonList>();
  for (const bullet of bullets) {
    const lead = splitLead(bullet.first, ctx.mode);
    const index = lead ? findLabel(lead.label, LESSON_LISTS.map((l) => NAMES[l])) : -1;
    if (!lead || index === -1) {
      skip(ctx, bullet.source, lead ? `"${lead.label}" is not one of the Lessons Learned lists` : "not one of the Lessons Learned lists");
      continue;
    }
    const list = LESSON_LISTS[index];
    if (seen.has(list)) {
      skip(ctx, bullet.source, `"${LESSON_FIELDS[list].label}" was already given above`);
      continue;
    }
    seen.add(list);
    readList(bullet, list, lead.rest, ctx);
  }
}
