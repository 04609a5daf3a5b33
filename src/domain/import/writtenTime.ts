/**
 * Dates and times as CAs write them at the start of a timeline line:
 * `2025-03-18 22:19:38 UTC`, `30/07/2022 15:00`, `2016/02/03`, `28-Feb-2025`,
 * `March 3, 2025 14:00 UTC`, `5/18 1am UTC`, a bare `05:20` under a day line.
 * Each is turned into the draft's ISO form only when that is certain: a day
 * and month that could be either way round, a time with no zone (and none
 * stated for the whole timeline) or a date without a year stay as written.
 */
import { isDate, isDateTime } from "../draft/datetime.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?";

// Bounded quantifiers only ([ \t]{0,3}), and only ever run on the first 120 characters of a line.
const DATES: ReadonlyArray<{ re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] | null }> = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  { re: /^(\d{4})\.(\d{1,2})\.(\d{1,2})/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  // 30/07/2022 is certainly day first, 07/30/2022 month first; 03/04/2022 could be either.
  {
    re: /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})/,
    ymd: (m) => {
      const [a, b, y] = [+m[1], +m[2], +m[3]];
      if (a > 12 && b <= 12) return [y, b, a];
      if (b > 12 && a <= 12) return [y, a, b];
      return a === b ? [y, a, b] : null;
    },
  },
  { re: new RegExp(`^(\\d{1,2})[ \\t-]{1,3}${MONTH}[ \\t,-]{1,3}(\\d{4})`, "i"), ymd: (m) => [+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]] },
  { re: new RegExp(`^${MONTH}[ \\t]{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]{1,3}(\\d{4})`, "i"), ymd: (m) => [+m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]] },
];

/** A date with no year, `5/18`: recognised as the start of an entry, never read as a date. */
const YEARLESS = /^\d{1,2}\/\d{1,2}(?![/\d])/;
// "2025-09-19 – 09:51 UTC": a dash may stand between the date and the time.
const TIME = /^[ \t]{0,3}(?:[T,\u2013\u2014-]|at)?[ \t]{0,3}(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(?:[ \t]{0,2}(am|pm|a\.m\.|p\.m\.)(?![a-z]))?/i;
const ZONE = /^[ \t]{0,3}\(?(?:(UTC|GMT|utc|gmt|Z)(?![A-Za-z])(?:[ \t]{0,2}([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2}))\)?/;

export type WrittenTime = {
  /** The time as written. */
  written: string;
  /** ISO 8601 (`2025-03-04`, `2025-03-04T17:20Z`, `…T17:20:33+08:00`), or null when not certain. */
  iso: string | null;
  /** Only a date, written alone (a day line). */
  dateOnly: boolean;
};

const pad = (n: number) => String(n).padStart(2, "0");

function zoneOf(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const [, word, sign1, hours1, minutes1, sign2, hours2, minutes2] = m;
  if (sign1 !== undefined) return `${sign1}${pad(+hours1)}:${minutes1 ?? "00"}`;
  if (sign2 !== undefined) return `${sign2}${hours2}:${minutes2}`;
  return word !== undefined ? "Z" : null;
}

/** A time of day with am/pm, or 24-hour with minutes; null if it is not one. */
function clock(m: RegExpExecArray): { hour: number; minute: number; second?: string } | null {
  let hour = +m[1];
  const meridiem = m[4]?.toLowerCase().replace(/\./g, "");
  if (m[2] === undefined && meridiem === undefined) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  return hour <= 23 ? { hour, minute: +(m[2] ?? "0"), second: m[3] } : null;
}

/**
 * The date and time at the start of `text`, with the rest. `defaultZone` is
 * the zone the timeline states for all its times ("All times are UTC+8"), or
 * that its table's header gives ("Time (UTC)"); `day` is the day line above.
 */
export function timeAtStart(text: string, defaultZone: string | null = null, day: string | null = null): (WrittenTime & { rest: string }) | null {
  const head = text.slice(0, 120);
  let at = 0;
  let ymd: [number, number, number] | null = null;
  let known = false;
  for (const { re, ymd: read } of DATES) {
    const m = re.exec(head);
    if (m) {
      ymd = read(m);
      at = m[0].length;
      known = true;
      break;
    }
  }
  if (!known) {
    const yearless = YEARLESS.exec(head);
    if (yearless) at = yearless[0].length;
  }
  const dated = at > 0;
  const timeMatch = TIME.exec(head.slice(at));
  const time = timeMatch && (dated ? /^[ \t,T]|^at/i.test(head.slice(at)) : true) ? clock(timeMatch) : null;
  if (!dated && !time) return null;
  if (time && timeMatch) at += timeMatch[0].length;
  const zoneMatch = dated || time ? ZONE.exec(head.slice(at)) : null;
  if (zoneMatch) at += zoneMatch[0].length;
  const written = text.slice(0, at).trim();
  const rest = text.slice(at);
  // A number that runs on into a word ("2025-03-01abc") is not a time.
  if (/^[a-z0-9]/i.test(rest)) return null;
  const date = ymd ? `${ymd[0]}-${pad(ymd[1])}-${pad(ymd[2])}` : !dated ? day : null;
  let iso: string | null = null;
  if (date && isDate(date)) {
    if (!time) iso = dated ? date : null;
    else {
      const zone = zoneOf(zoneMatch) ?? defaultZone;
      const candidate = zone ? `${date}T${pad(time.hour)}:${pad(time.minute)}${time.second ? `:${time.second}` : ""}${zone === "+00:00" ? "Z" : zone}` : null;
      iso = candidate && isDateTime(candidate) ? candidate : null;
    }
  }
  return { written, iso, dateOnly: dated && !time && rest.replace(/^[ \t]*:?[ \t]*/, "") === "", rest };
}

/** "All times are UTC+8.", "All times in UTC", "Times are given in CET (UTC+1)": the zone, or null. */
export function statedZone(text: string): string | null {
  const t = text.slice(0, 200);
  // Only a sentence that is about the times: it starts with them.
  if (!/^[ \t]{0,3}(?:[-*][ \t]{1,3})?(?:\*\*|__)?(?:all[ \t]{1,3})?(?:times|timestamps|dates and times)\b[^.]{1,40}\b(?:are|in|given)\b/i.test(t)) return null;
  const m = /\b(?:UTC|GMT)[ \t]{0,2}(?:([+-])[ \t]{0,2}(\d{1,2})(?::?(\d{2}))?)?/i.exec(t);
  if (!m) return null;
  return m[1] === undefined ? "Z" : `${m[1]}${pad(+m[2])}:${m[3] ?? "00"}`;
}
