import { createContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { UndoNotice } from "./UndoNotice.tsx";
import { liveOffers, nextExpiry, withOffer, withoutOffer, withoutOwner, type UndoOffer } from "./undoOffers.ts";

export type UndoOffers = {
  offer(owner: string, message: string, undo: () => void, note?: string): void;
  withdraw(owner: string): void;
};

export const UndoOffersContext = createContext<UndoOffers | null>(null);

/**
 * Every Undo offer of the open draft, shown in one place (the bottom of the
 * window) and kept across steps: they live here, above the steps, so leaving
 * a step neither loses an offer nor cuts its ten seconds short. Focus moves
 * to the newest Undo; after an Undo it moves to the next one still offered
 * unless the undo itself put focus somewhere (a restored item's field).
 */
export function UndoOffersProvider({ scope, children }: { /** The open draft: another one drops the offers, which would undo into it. */ scope: string | null; children: ReactNode }) {
  const [offers, setOffers] = useState<UndoOffer[]>([]);
  const [offersOf, setOffersOf] = useState(scope);
  if (offersOf !== scope) {
    // Adjusted while rendering (React's pattern for state that follows a prop): never shown for the new draft.
    setOffersOf(scope);
    setOffers([]);
  }
  const [held, setHeld] = useState<number | null>(null);
  const nextId = useRef(1);
  const toFocus = useRef<number | null>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const region = useRef<HTMLElement>(null);

  const api = useMemo<UndoOffers>(
    () => ({
      offer(owner, message, undo, note = "") {
        const id = nextId.current++;
        toFocus.current = id;
        setOffers((current) => withOffer(current, { id, owner, message, note, at: Date.now(), undo }));
      },
      withdraw: (owner) => setOffers((current) => withoutOwner(current, owner)),
    }),
    [],
  );

  useEffect(() => {
    const next = nextExpiry(offers, held);
    if (next === null) return;
    const timer = setTimeout(() => {
      setOffers((current) => {
        const live = liveOffers(current, Date.now(), held);
        return live.length === current.length ? current : live;
      });
    }, Math.max(0, next - Date.now()));
    return () => clearTimeout(timer);
  }, [offers, held]);

  function take(offer: UndoOffer) {
    offer.undo();
    const rest = withoutOffer(offers, offer.id);
    setOffers((current) => withoutOffer(current, offer.id));
    setHeld(null);
    requestAnimationFrame(() => {
      const active = document.activeElement;
      const lost = !active || active === document.body || region.current?.contains(active);
      if (lost && rest.length > 0) buttons.current.get(rest[0].id)?.focus();
    });
  }

  const stack = (
    // Its empty sides let clicks through to the page; newest nearest the edge.
    <section aria-label="Undo" className="pointer-events-none fixed inset-x-2 bottom-4 z-40 flex max-h-[60vh] flex-col-reverse items-end gap-2 overflow-y-auto sm:left-auto sm:w-[30rem] print:hidden" ref={region}>
      {offers.map((offer) => (
        <UndoNotice
          key={offer.id}
          message={offer.message}
          note={offer.note}
          onUndo={() => take(offer)}
          onFocusIn={() => setHeld(offer.id)}
          onFocusOut={() => setHeld((h) => (h === offer.id ? null : h))}
          buttonRef={(button) => {
            if (!button) {
              buttons.current.delete(offer.id);
              return;
            }
            buttons.current.set(offer.id, button);
            if (toFocus.current === offer.id) {
              toFocus.current = null;
              button.focus();
            }
          }}
        />
      ))}
    </section>
  );

  return (
    <UndoOffersContext.Provider value={api}>
      {children}
      {createPortal(stack, document.body)}
    </UndoOffersContext.Provider>
  );
}
