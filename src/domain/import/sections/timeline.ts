/**
 * The Timeline: the renderer's list, `- **2025-03-04 17:20 UTC**: event`, or by
 * hand a list in other shapes, or a table (`| Date | Event |`, `| Time (UTC) | Description |`).
 */
import { unescapeInline } from "../unescape.ts";
import { NOT_APPLICABLE } from "../../draft/catalogue.ts";
import { instantOf } from "../../draft/datetime.ts";
import { emptyDraft } from "../../draft/newDraft.ts";
import type { TimelineEntry } from "../../draft/schema.ts";
import { renderTimeline } from "../../render/sections/timeline.ts";
import { readBullets, type Bullet } from "../bullets.ts";
import { skip, skipValue, type ReadContext } from "../context.ts";
import { labelKey } from "../labels.ts";
import { paragraphs, trimBlankLines, type Line } from "../lines.ts";
import { columnsOf, readTables } from "../table.ts";
import { isMissing, isNotApplicable, readWrittenTime, valueText, fromDisplayedUtc } from "../values.ts";

const TIME_AT_START =
  /^(\d{4}-\d{2}-\d{2}(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s*(?:UTC|GMT|Z)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|\s*[+-]\d{2}:?\d{2})?)(?:\s*[:|\u2013\u2014-]+\s*|\s+|$)([\s\S]*)$/i;

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

/** By hand: `**time**: event`, `**time:** event`, `time - event`, `time: event`. */
function writtenEntry(bullet: Bullet): Entry | null {
  const first = bullet.first.trim();
  let when: string;
  let after: string;
  const bold = /^(\*\*|__)([\s\S]+?)\1\s*[:\u2013\u2014-]?\s*([\s\S]*)$/.exec(first);
  if (bold) {
    when = bold[2].replace(/\s*:$/, "");
    after = bold[3];
  } else {
    const m = TIME_AT_START.exec(first);
    if (!m) return null;
    when = m[1];
    after = m[2];
  }
  return { at: readWrittenTime(unescapeInline(when)), event: valueText(after, bullet.body, "lenient") };
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
    const entry = ctx.mode === "exact" ? exactEntry(bullet, "exact") : writtenEntry(bullet);
    if (entry) entries.push(entry);
    else skip(ctx, bullet.source, "a timeline entry must start with its date and time");
  }
  if (ctx.mode === "exact") exactTimes(entries);
  return entries;
}

const TIME_NAMES = ["Date and time", "Time (UTC)", "Date", "Time", "When", "Timestamp"];
const EVENT_NAMES = ["Event", "Description", "Action", "What happened", "Details"];

function readTable(lines: readonly Line[], ctx: ReadContext): Entry[] {
  const { tables, rest } = readTables(lines);
  for (const paragraph of paragraphs(rest)) skip(ctx, paragraph, "text outside the timeline table");
  const entries: Entry[] = [];
  for (const table of tables) {
    const columns = columnsOf(table.header, [
      ["at", TIME_NAMES],
      ["event", EVENT_NAMES],
    ] as const);
    const timeColumn = columns.get("at") ?? 0;
    const eventColumn = columns.get("event") ?? 1;
    const utc = /\butc\b/.test(labelKey(table.header[timeColumn] ?? ""));
    for (const row of table.rows) {
      const at = row.cells[timeColumn] ?? "";
      const event = row.cells[eventColumn] ?? "";
      if (at === "" && event === "") continue;
      entries.push({ at: readWrittenTime(at, utc), event });
      row.cells.forEach((cell, i) => {
        if (i !== timeColumn && i !== eventColumn && cell !== "") skipValue(ctx, row.line, cell, `column "${table.header[i] ?? i + 1}" is not part of the timeline`);
      });
    }
  }
  return entries;
}

export function readTimeline(lines: readonly Line[], ctx: ReadContext): void {
  const body = trimBlankLines(lines);
  if (body.length === 0 || (body.length === 1 && isNotApplicable(body[0].text, ctx.mode))) return;
  const isTable = ctx.mode === "lenient" && body[0].text.trim().startsWith("|");
  const entries = isTable ? readTable(body, ctx) : readList(body, ctx);
  ctx.draft.timeline = entries.map((entry) => ({ id: "", ...entry }));
}
