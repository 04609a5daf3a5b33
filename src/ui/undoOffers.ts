import { UNDO_MS } from "./undo.ts";

/** One Undo offer: what a click removed or overwrote, and how to take it back. */
export type UndoOffer = {
  id: number;
  /** Which `useUndoOffer` made it, so a component can withdraw its own offers only. */
  owner: string;
  message: string;
  note: string;
  /** When it was made (ms); it stays at least UNDO_MS from then. */
  at: number;
  undo(): void;
};

/**
 * Every offer is kept, newest first, each for its own ten seconds: two
 * removals a second apart are two offers, and taking one back leaves the
 * other (one "undo everything of the last ten seconds" would also bring back
 * what the author meant to remove, and a notice could not say what it undoes).
 */
export function withOffer(offers: readonly UndoOffer[], offer: UndoOffer): UndoOffer[] {
  return [offer, ...offers];
}

/** Without one offer (taken, or dismissed). */
export function withoutOffer(offers: readonly UndoOffer[], id: number): UndoOffer[] {
  return offers.filter((o) => o.id !== id);
}

/** Without the offers one component made (it replaced what they would undo). */
export function withoutOwner(offers: readonly UndoOffer[], owner: string): UndoOffer[] {
  return offers.filter((o) => o.owner !== owner);
}

/** The offers still standing at `now`; `held` (the one focus is in) stays until focus leaves it. */
export function liveOffers(offers: readonly UndoOffer[], now: number, held: number | null): UndoOffer[] {
  const live = offers.filter((o) => o.id === held || now < o.at + UNDO_MS);
  return live.length === offers.length ? [...offers] : live;
}

/** When the next offer runs out (ms), or null when none will without focus moving. */
export function nextExpiry(offers: readonly UndoOffer[], held: number | null): number | null {
  let next: number | null = null;
  for (const o of offers) if (o.id !== held && (next === null || o.at + UNDO_MS < next)) next = o.at + UNDO_MS;
  return next;
}
