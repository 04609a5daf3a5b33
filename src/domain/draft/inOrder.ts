/**
 * Items in the order of `ids` (an order saved before a sort, for its Undo);
 * items added since keep their place after them, and items' contents are the
 * current ones, so edits made after the sort stay.
 */
export function inOrder<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? ids.length) - (rank.get(b.id) ?? ids.length));
}
