/**
 * The Timeline: the renderer's list, `- **2025-03-04 17:20 UTC**: event`, read
 * back exactly; by hand, any of the shapes of timelineWritten.ts.
 */
import { unescapeInline } from "../unescape.ts";
import { NOT_APPLICABLE } from "../../draft/catalogue.ts";
import { instantOf } from "../../draft/datetime.ts";
import { emptyDraft } from "../../draft/newDraft.ts";
import type { TimelineEntry } from "../../draft/schema.ts";
import { renderTimeline } from "../../render/sections/timeline.ts";
import { readBullets, type Bullet } from "../bullets.ts";
import { skip, type ReadContext } from "../context.ts";
import { paragraphs, trimBlankLines, type Line } from "../lines.ts";
import { isMissing, isNotApplicable, valueText, fromDisplayedUtc } from "../values.ts";
import { readWrittenTimeline } from "./timelineWritten.ts";

type Entry = Omit<TimelineEntry, "id">;

/** The renderer's shape: each `**…**:` on the line is tried until one renders back the same lines. */
function exactEntry(bullet: Bullet, mode: "exact"): Entry | null {
  const written = bullet.source.map((l) => l.text).join("\n");
  if (!bullet.first.startsWith("**")) return null;
  for (let i = bullet.first.indexOf("**:", 2); i !== -1; i = bullet.first.indexOf("**:", i + 1)) {
    const when = bullet.first.slice(2, i);
    const after = bullet.first.slice(i + 3);
    if (after !== "" && !after.startsWith(" ")) continue;
    const event = valueText(after.slice(1), bullet.body, mode);
    // The renderer's placeholder stands for nothing written, in the time or the event.
    const entry = { at: isMissing(when) ? "" : unescapeInline(when), event: isMissing(event) ? "" : event };
    const draft = emptyDraft();
    draft.timeline = [{ id: "t", ...entry }];
    if (renderTimeline(draft) === written) return entry;
  }
  return null;
}

/**
 * The renderer lists entries by time, with times it cannot read last in draft
 * order. A time shown as `2025-03-04 17:20 UTC` goes back to a DateTime, except
 * in that tail, where it was text that only looked like a time: reading it as
 * one would move it when the report is rendered again.
 */
function exactTimes(entries: Entry[]): void {
  let latest = Number.NEGATIVE_INFINITY;
  let inTail = false;
  for (const entry of entries) {
    const iso = entry.at === NOT_APPLICABLE ? null : (fromDisplayedUtc(entry.at) ?? entry.at);
    const at = iso === null ? null : instantOf(iso);
    if (at === null || at < latest) inTail = true;
    if (!inTail && iso !== null && at !== null) {
      entry.at = iso;
      latest = at;
    }
  }
}

function readList(lines: readonly Line[], ctx: ReadContext): Entry[] {
  const { bullets, stray } = readBullets(lines, ctx.mode);
  for (const paragraph of paragraphs(stray)) skip(ctx, paragraph, "text outside the timeline entries");
  const entries: Entry[] = [];
  for (const bullet of bullets) {
    const entry = exactEntry(bullet, "exact");
    if (entry) entries.push(entry);
    else skip(ctx, bullet.source, "a timeline entry must start with its date and time");
  }
  exactTimes(entries);
  return entries;
}

export function readTimeline(lines: readonly Line[], ctx: ReadContext): void {
  const body = trimBlankLines(lines);
  if (body.length === 0 || (body.length === 1 && isNotApplicable(body[0].text, ctx.mode))) return;
  const entries = ctx.mode === "exact" ? readList(body, ctx) : readWrittenTimeline(body, ctx).map(({ line: _line, ...entry }) => entry);
  ctx.draft.timeline = entries.map((entry) => ({ id: "", ...entry }));
}
