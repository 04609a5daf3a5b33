import { useEffect, useRef } from "react";
import { PRIMARY } from "./styles.ts";
import { UNDO_MS } from "./undo.ts";

type Props = {
  /** What just happened: "Contributing Factor #2 “Linter not run” removed." */
  message: string;
  /** Extra words, e.g. which action items pointed at a removed item. */
  note?: string;
  onUndo(): void;
  /** Called when the offer runs out (not before UNDO_MS, and not while focus is inside). */
  onExpire(): void;
};


/**
 * What a click just changed or removed, with Undo, where it happened. Focus
 * moves to Undo, so a keyboard user is not dropped to the page body and can
 * take it back at once.
 */
export function UndoNotice({ message, note = "", onUndo, onExpire }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const expired = useRef(false);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);
  useEffect(() => {
    undo.current?.focus();
    expired.current = false;
    const timer = setTimeout(() => {
      expired.current = true;
      // Someone reading or about to press Undo keeps the offer until they move on.
      if (!box.current?.contains(document.activeElement)) expire.current();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div
      ref={box}
      role="status"
      onBlur={(event) => {
        if (expired.current && !box.current?.contains(event.relatedTarget)) expire.current();
      }}
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-300 bg-slate-50 px-4 py-2 text-sm dark:border-slate-600 dark:bg-slate-800"
    >
      <span className="min-w-0 break-words">
        {message}
        {note && ` ${note}`}
      </span>
      <button ref={undo} type="button" className={PRIMARY} onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
