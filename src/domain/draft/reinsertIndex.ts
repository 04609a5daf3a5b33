/** Where a removed item stood: its index then, and the ids beside it. */
export type RemovedPlace = { index: number; before: string | null; after: string | null };

/** The place of the item at `index` in a list of ids, before it is removed. */
export function placeOf(ids: readonly string[], index: number): RemovedPlace {
  return { index, before: ids[index - 1] ?? null, after: ids[index + 1] ?? null };
}

/**
 * Where Undo puts a removed item back in the list as it is now (other items
 * may have been removed, added or moved since): before the item that was
 * after it, else after the one that was before it, else at its old index.
 * Two neighbours removed a second apart come back in their order whichever
 * is undone first.
 */
export function reinsertIndex(ids: readonly string[], place: RemovedPlace): number {
  const after = place.after === null ? -1 : ids.indexOf(place.after);
  if (after >= 0) return after;
  const before = place.before === null ? -1 : ids.indexOf(place.before);
  if (before >= 0) return before + 1;
  return Math.min(place.index, ids.length);
}
