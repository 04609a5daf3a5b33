import { instantOf, isDate } from "../draft/datetime.ts";

/**
 * The Whiteboard "Next update" date is a bare date: the update is due "on or
 * before" it, so the last minute of that day in UTC.
 */
export function whiteboardDue(date: string): number | null {
  const trimmed = date.trim();
  const start = isDate(trimmed) ? instantOf(trimmed) : null;
  return start === null ? null : start + 86_400_000 - 60_000;
}
