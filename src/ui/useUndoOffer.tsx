import { useContext, useId, useMemo } from "react";
import { UndoOffersContext } from "./UndoOffers.tsx";

/**
 * Offer Undo after a destructive click: `offer` adds one to the editor's
 * offers (UndoOffersProvider), which keeps it for ten seconds even after this
 * component is gone, so the undo function must work on the form itself
 * (`getValues`/`setValue`), not on this component's state. `withdraw` takes
 * back this component's own offers (what they would undo was replaced).
 */
export type UndoOffer = { offer(message: string, undo: () => void, note?: string): void; withdraw(): void };

export function useUndoOffer(): UndoOffer {
  const offers = useContext(UndoOffersContext);
  const owner = useId();
  if (!offers) throw new Error("useUndoOffer needs an UndoOffersProvider above it");
  return useMemo<UndoOffer>(() => ({ offer: (message, undo, note) => offers.offer(owner, message, undo, note), withdraw: () => offers.withdraw(owner) }), [offers, owner]);
}
