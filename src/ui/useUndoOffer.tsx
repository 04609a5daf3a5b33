import { useState, type ReactNode } from "react";
import { UndoNotice } from "./UndoNotice.tsx";

type Offer = { message: string; note: string; undo(): void; at: number };

/**
 * One Undo offer at a time: `offer` after a destructive click, and render
 * `notice` where it happened. A new offer replaces the last; Undo runs the
 * given function once, and the notice goes when Undo is used or expires.
 */
export function useUndoOffer(): { offer(message: string, undo: () => void, note?: string): void; withdraw(): void; notice: ReactNode } {
  const [current, setCurrent] = useState<Offer | null>(null);
  const notice = current && (
    <UndoNotice
      key={current.at}
      message={current.message}
      note={current.note}
      onUndo={() => {
        current.undo();
        setCurrent(null);
      }}
      onExpire={() => setCurrent(null)}
    />
  );
  return {
    offer: (message, undo, note = "") => setCurrent({ message, note, undo, at: Date.now() }),
    withdraw: () => setCurrent(null),
    notice,
  };
}
