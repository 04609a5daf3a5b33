/**
 * The Timeline as CAs write it by hand: lists, lines without bullets, entries
 * grouped under a day line (`2025-03-01:` then `- 05:20 …`), one sentence
 * stating the zone for all ("All times are UTC+8."), tables with their own
 * headers (`Date | Time (UTC) | Event`). The author's order is kept, and no
 * entry is dropped because its time cannot be read: it keeps the time as
 * written, which readiness then flags.
 */
import type { TimelineEntry } from "../../draft/schema.ts";
import { skip, skipValue, type ReadContext } from "../context.ts";
import { labelKey } from "../labels.ts";
import { isBlank, type Line } from "../lines.ts";
import { readTables, type Table } from "../table.ts";
import { trimEndOf } from "../../text/trim.ts";
import { unescapeInline } from "../unescape.ts";
import { statedZone, timeAtStart } from "../writtenTime.ts";

export type WrittenEntry = Omit<TimelineEntry, "id"> & { line: number };

const MARKER = /^[ \t]{0,12}(?:[-*+\u2022]|\d{1,3}[.)])[ \t]{1,4}/;
const BOLD = /^(\*\*|__)([^*_]{1,120})\1[ \t]{0,3}:?/;
const SEPARATOR = /^[ \t]{0,3}(?:[:|\u2013\u2014-]{1,3}[ \t]{0,3})?/;
/** Where a line with an unreadable time splits into time and event: the first ": " or " - " near its start. */
const WRITTEN_SPLIT = /^(.{1,40}?)(?::[ \t]|[ \t][-\u2013\u2014][ \t])/;

/** A time that cannot be read with certainty is kept as written (flagged by readiness), never dropped. */
function entry(at: { iso: string | null; written: string }, event: string, line: Line): WrittenEntry {
  const read = { at: at.iso ?? "", event: event.trim(), line: line.n };
  return at.iso === null && at.written.trim() !== "" ? { ...read, asWritten: { at: at.written } } : read;
}

/** One line's time and event: bold time, plain time, or a day line. */
function readLine(content: string, zone: string | null, day: string | null) {
  const bold = BOLD.exec(content);
  if (bold) {
    const bare = unescapeInline(bold[2]);
    const inner = bare.endsWith(":") ? trimEndOf(bare.slice(0, -1), " \t") : bare;
    const t = timeAtStart(inner, zone, day);
    const whole = t !== null && t.rest.trim() === "";
    return { written: inner, iso: whole ? t.iso : null, dateOnly: whole && t.dateOnly && content.slice(bold[0].length).trim() === "", rest: content.slice(bold[0].length) };
  }
  return timeAtStart(content, zone, day);
}

function readLines(lines: readonly Line[], ctx: ReadContext, zone: string | null): WrittenEntry[] {
  const entries: WrittenEntry[] = [];
  let day: { iso: string | null; written: string } | null = null;
  let last: WrittenEntry | null = null;
  let previousBlank = true;
  for (const line of lines) {
    if (isBlank(line)) {
      previousBlank = true;
      continue;
    }
    const marker = MARKER.exec(line.text);
    const content = (marker ? line.text.slice(marker[0].length) : line.text).trim();
    const indented = /^[ \t]{2}/.test(line.text);
    const read = readLine(content, zone, day?.iso ?? null);
    if (read && read.dateOnly) {
      day = { iso: read.iso, written: read.written };
      last = null;
    } else if (read) {
      // A time under a day line that could not be read keeps both as written.
      const written = day && !/\d{4}|\d{1,2}\/\d{1,2}/.test(read.written) ? `${day.written} ${read.written}` : read.written;
      last = entry({ iso: read.iso, written }, read.rest.replace(SEPARATOR, ""), line);
      entries.push(last);
    } else if (last && !marker && (!previousBlank || indented)) {
      last.event = `${last.event}${previousBlank ? "\n\n" : "\n"}${content}`;
    } else if (marker) {
      // A listed entry whose time cannot be read is still an entry; under a day line ("2021-03-03:") with no time of its own, it happened that day.
      const split = WRITTEN_SPLIT.exec(content);
      const at = day && !split ? day : { iso: null, written: split ? split[1].trim() : "" };
      last = entry(at, split ? content.slice(split[0].length) : content, line);
      entries.push(last);
    } else {
      skip(ctx, [line], "text outside the timeline entries");
      last = null;
    }
    previousBlank = false;
  }
  return entries;
}

const DATE_NAMES = ["date", "day"];
const TIME_NAMES = ["time", "time (utc)", "timestamp", "when", "date and time", "date/time", "date & time"];
const EVENT_NAMES = ["event", "description", "action", "what happened", "details", "activity"];

function columnOf(header: readonly string[], names: readonly string[], taken: Set<number>): number {
  const keys = header.map(labelKey);
  let index = keys.findIndex((key, i) => !taken.has(i) && names.includes(key));
  if (index === -1) index = keys.findIndex((key, i) => !taken.has(i) && names.some((name) => key.startsWith(name)));
  if (index !== -1) taken.add(index);
  return index;
}

function readTable(table: Table, ctx: ReadContext, zone: string | null): WrittenEntry[] {
  const taken = new Set<number>();
  const time = columnOf(table.header, TIME_NAMES, taken);
  const date = columnOf(table.header, DATE_NAMES, taken);
  const event = columnOf(table.header, EVENT_NAMES, taken);
  const [atColumns, eventColumn] = time === -1 && date === -1 ? [[0], event === -1 ? 1 : event] : [[date, time].filter((i) => i !== -1), event === -1 ? [0, 1, 2].find((i) => !taken.has(i)) ?? 1 : event];
  const headerZone = statedZone(`All times are ${table.header.filter((_, i) => atColumns.includes(i)).join(" ")}`) ?? zone;
  const entries: WrittenEntry[] = [];
  for (const row of table.rows) {
    const written = atColumns.map((i) => row.cells[i] ?? "").filter((c) => c !== "").join(" ");
    const text = row.cells[eventColumn] ?? "";
    if (written === "" && text === "") continue;
    const t = timeAtStart(written, headerZone);
    entries.push(entry({ iso: t && t.rest.trim() === "" ? t.iso : null, written }, text, row.line));
    row.cells.forEach((cell, i) => {
      if (!atColumns.includes(i) && i !== eventColumn && cell !== "") skipValue(ctx, row.line, cell, `column "${table.header[i] ?? i + 1}" is not part of the timeline`);
    });
  }
  return entries;
}

/** The zone stated once for every time ("All times are UTC+8."): its lines are kept aside, the zone applied. */
function zoneOfTimeline(lines: readonly Line[], ctx: ReadContext): { zone: string | null; rest: Line[] } {
  let zone: string | null = null;
  const rest: Line[] = [];
  for (const line of lines) {
    const stated = readLine(line.text.replace(MARKER, "").trim(), null, null) ? null : statedZone(line.text);
    if (stated && zone === null) {
      zone = stated;
      skip(ctx, [line], "the zone stated for all times: applied to each entry");
    } else rest.push(line);
  }
  return { zone, rest };
}

export function readWrittenTimeline(lines: readonly Line[], ctx: ReadContext): WrittenEntry[] {
  const { zone, rest } = zoneOfTimeline(lines, ctx);
  const { tables, rest: listLines } = readTables(rest);
  const entries = [...readLines(listLines, ctx, zone), ...tables.flatMap((table) => readTable(table, ctx, zone))];
  return entries.sort((a, b) => a.line - b.line);
}
