/**
 * Dates and times as the draft format writes them, and as the guidelines want
 * them shown: "All times MUST be in UTC or UTC+local offset, and SHOULD have at
 * least minute-level granularity." We render every DateTime in UTC.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** `YYYY-MM-DD`, a real calendar day. */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Milliseconds since the epoch for an ISO 8601 DateTime with an explicit offset, or null. */
export function parseDateTime(value: string): number | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number);
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const fraction = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const offset = m[8] === "Z" ? 0 : offsetMinutes(m[8]);
  if (offset === null) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, fraction) - offset * 60_000;
}

/** "+02:00" (or "+0200") as minutes east of UTC; null if it is not an offset. */
export function offsetMinutes(text: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

export function isDateTime(value: string): boolean {
  return parseDateTime(value) !== null;
}

/** A DateTime written without an offset, the most common mistake: "2025-03-04T17:20". */
export function lacksOffset(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(value);
}

export function isDateOrTime(value: string): boolean {
  return isDate(value) || isDateTime(value);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `2025-03-04 17:20 UTC`: minute granularity, seconds dropped. */
export function formatUtc(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** `YYYY-MM-DD` of an instant, in UTC. */
export function utcDate(epochMs: number): string {
  return formatUtc(epochMs).slice(0, 10);
}

/** A DateTime in UTC as the draft format writes it: `2025-03-04T17:20Z`. */
export function toIsoMinute(epochMs: number): string {
  return formatUtc(epochMs).slice(0, 16).replace(" ", "T") + "Z";
}

/**
 * How a Date or DateTime value is shown in the report: Dates as they are,
 * DateTimes in UTC; anything else exactly as typed, so nothing is lost.
 */
export function displayDateOrTime(value: string): string {
  const trimmed = value.trim();
  if (isDate(trimmed)) return trimmed;
  const ms = parseDateTime(trimmed);
  return ms === null ? trimmed : formatUtc(ms);
}

/**
 * The instant a Date or DateTime stands for, for sorting and deadlines: a Date
 * counts as its start (00:00 UTC).
 */
export function instantOf(value: string): number | null {
  const trimmed = value.trim();
  if (isDate(trimmed)) return Date.parse(`${trimmed}T00:00:00Z`);
  return parseDateTime(trimmed);
}

/** True when the DateTime value names a time of day (not just a date). */
export function hasTimeOfDay(value: string): boolean {
  return isDateTime(value.trim());
}
