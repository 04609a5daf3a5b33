/**
 * A date as people write it in a bug's Whiteboard ("Next update 2-Oct-2025",
 * "at 12.3.2026", "[close on 2025-11-20]"), read into every `YYYY-MM-DD` it can
 * mean. One reading is a date; two (`12.3.2026`, `03/04/2026`: day first or
 * month first) are both shown and the author is asked; none means not
 * understood. A date is never guessed.
 */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthOf(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i === -1 ? null : i + 1;
}

/** `YYYY-MM-DD` when the parts make a day of the calendar. */
function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return at.toISOString().slice(0, 10);
}

const unique = (dates: Array<string | null>) => [...new Set(dates.filter((d): d is string => d !== null))];

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEAR_MONTH_NAME_DAY = /^(\d{4})[-/ ]([a-z]{3,9})\.?[-/ ](\d{1,2})$/i;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[-/ ]([a-z]{3,9})\.?,?[-/ ](\d{4})$/i;
const MONTH_NAME_DAY_YEAR = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** The readings of one date as written (trimmed), earliest first. */
export function dateReadings(text: string): string[] {
  let t = text.trim();
  while (/[.,;)]$/.test(t)) t = t.slice(0, -1);
  let m = YEAR_FIRST.exec(t);
  if (m) return unique([iso(Number(m[1]), Number(m[2]), Number(m[3]))]);
  m = YEAR_MONTH_NAME_DAY.exec(t);
  if (m) return unique([named(Number(m[1]), m[2], Number(m[3]))]);
  m = DAY_MONTH_NAME_YEAR.exec(t);
  if (m) return unique([named(Number(m[3]), m[2], Number(m[1]))]);
  m = MONTH_NAME_DAY_YEAR.exec(t);
  if (m) return unique([named(Number(m[3]), m[1], Number(m[2]))]);
  m = NUMERIC.exec(t);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Day first (most of the world, and the dots of "12.3.2026") or month first (the US): both, where both are dates.
    return unique([iso(year, b, a), iso(year, a, b)]).sort();
  }
  return [];
}

function named(year: number, month: string, day: number): string | null {
  const n = monthOf(month);
  return n === null ? null : iso(year, n, day);
}

/** A date pattern anywhere in a text: what `dateReadings` reads, found in running words. */
export const DATE_IN_TEXT =
  /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}[-/ ][a-z]{3,9}\.?[-/ ]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[-/ ][a-z]{3,9}\.?,?[-/ ]\d{4}|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/i;
