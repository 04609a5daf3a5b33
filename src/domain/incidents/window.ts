/**
 * The date window of the search. The guidelines: Related Incidents lists the
 * related incidents "that have taken place minimally in the last two (2)
 * years"; the finder counts them back from the day the non-compliance
 * started, and keeps later bugs too (a CA's incident last month is related).
 */
export const WINDOW_YEARS = [2, 5, null] as const;
export type WindowYears = (typeof WINDOW_YEARS)[number];

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** `YYYY-MM-DD` of an epoch time, in UTC. */
function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The first day of the window: `years` before the non-compliance start date
 * (before today while that date is not filled in); null for no limit.
 * Times are read in UTC, as the report shows them.
 */
export function windowStart(nonComplianceStart: string, years: WindowYears, now: number): string | null {
  if (years === null) return null;
  const parsed = Date.parse(nonComplianceStart);
  const day = DAY.exec(Number.isNaN(parsed) ? utcDay(now) : utcDay(parsed));
  if (!day) return null;
  const [, y, m, d] = day;
  // Date.UTC rolls 29 February over to 1 March in a year that has none.
  return utcDay(Date.UTC(Number(y) - years, Number(m) - 1, Number(d)));
}
