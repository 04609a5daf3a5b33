import { DAY, HOUR } from "./types.ts";

const MINUTE = 60_000;

function amount(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (ms < HOUR) return plural(Math.floor(ms / MINUTE), "minute");
  if (ms < 2 * DAY) return plural(Math.floor(ms / HOUR), "hour");
  return plural(Math.floor(ms / DAY), "day");
}

/**
 * "in 2 days", "in 5 hours", "overdue by 5 hours", "due now". Whole units,
 * rounded down, so the time left is never overstated; hours up to two days,
 * then days.
 */
export function formatRelative(due: number, now: number): string {
  const diff = due - now;
  if (Math.abs(diff) < MINUTE) return "due now";
  return diff > 0 ? `in ${amount(diff)}` : `overdue by ${amount(-diff)}`;
}
