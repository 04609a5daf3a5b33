/**
 * A DateTime value split into what the inputs show (date, time, UTC offset)
 * and put back together. The offset is always explicit: the guidelines want
 * "UTC or UTC+local offset".
 */
import { formatUtc, isDate, parseDateTime } from "../../domain/draft/datetime.ts";

export type DateParts = { date: string; time: string; offset: string };

/** Offsets people actually use, as `+hh:mm`; "Z" is UTC. */
export const OFFSETS: readonly string[] = [
  "Z",
  ...[-12, -11, -10, -9.5, -9, -8, -7, -6, -5, -4, -3.5, -3, -2, -1, 1, 2, 3, 3.5, 4, 4.5, 5, 5.5, 5.75, 6, 6.5, 7, 8, 8.75, 9, 9.5, 10, 10.5, 11, 12, 12.75, 13, 14].map(
    (h) => {
      const sign = h < 0 ? "-" : "+";
      const abs = Math.abs(h);
      return `${sign}${String(Math.floor(abs)).padStart(2, "0")}:${String(Math.round((abs % 1) * 60)).padStart(2, "0")}`;
    },
  ),
];

export function offsetLabel(offset: string): string {
  return offset === "Z" ? "UTC" : `UTC${offset}`;
}

const PARTS = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The parts of a stored value, or null when it cannot be shown in the inputs (kept as typed). */
export function splitDateTime(value: string): DateParts | null {
  if (value === "") return { date: "", time: "", offset: "Z" };
  const m = PARTS.exec(value.trim());
  if (!m) return null;
  const offset = m[3] ? (m[3] === "Z" ? "Z" : m[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : "Z";
  return { date: m[1], time: m[2] ?? "", offset };
}

/** Back to the draft's value: a Date when there is no time, else a DateTime with its offset. */
export function joinDateTime({ date, time, offset }: DateParts): string {
  if (date === "") return "";
  if (time === "") return date;
  return `${date}T${time}${offset}`;
}

// One formatter per zone: every empty date field asks on every render.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a zone, `YYYY-MM-DD`: what a zone's offset is shown for before a date is picked. */
export function todayIn(zone: string, now = Date.now()): string {
  let format = dayFormats.get(zone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(zone, format);
  }
  return format.format(now);
}

/** "= 2025-03-04 17:20 UTC" for a DateTime not already in UTC; "" otherwise. */
export function utcEcho(value: string): string {
  if (isDate(value)) return "";
  const ms = parseDateTime(value);
  return ms === null ? "" : formatUtc(ms);
}
