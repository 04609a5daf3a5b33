import { useEffect, useState } from "react";

/** Items rendered with the step: about a screenful. */
const FIRST = 4;
/** Items added per task after that: small enough that a keystroke never waits long behind one. */
const STEP = 6;

/**
 * How many items of a long list to render now. A step of the large example
 * (120 timeline entries) took about a second to open when every entry was
 * rendered at once; instead the first screenful paints with the step and the
 * rest follow a few at a time, each batch its own task at normal priority (a
 * deferred lane would be starved by typing, and the preview with it). Once
 * the whole list is shown, new items render at once (Add focuses them).
 */
export function useProgressiveCount(total: number): number {
  const [limit, setLimit] = useState(() => (total <= FIRST ? Number.POSITIVE_INFINITY : FIRST));
  useEffect(() => {
    if (limit === Number.POSITIVE_INFINITY) return;
    const timer = setTimeout(() => setLimit((n) => (n + STEP >= total ? Number.POSITIVE_INFINITY : n + STEP)), 0);
    return () => clearTimeout(timer);
  }, [limit, total]);
  return Math.min(total, limit);
}
