/**
 * The clock the review panels read. `?now=2025-09-20T12:00Z` (any Date or
 * DateTime with an offset the draft format accepts) freezes it, so end-to-end
 * tests of "overdue" and "in 2 days" give the same answer on any day.
 */
import { useEffect, useState } from "react";
import { instantOf } from "../domain/draft/datetime.ts";

/** The frozen instant from a `now` URL parameter, or null to follow the real clock. */
export function nowFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get("now");
  return value === null ? null : instantOf(value);
}

const TICK_MS = 30_000;

/** The current instant: frozen by `?now=`, else `Date.now()` refreshed every half minute. */
export function useNow(): number {
  const [frozen] = useState(() => (typeof window === "undefined" ? null : nowFromSearch(window.location.search)));
  const [now, setNow] = useState(() => frozen ?? Date.now());
  useEffect(() => {
    if (frozen !== null) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [frozen]);
  return frozen ?? now;
}
