import { useId, type Ref } from "react";
import { PRIMARY } from "./styles.ts";

type Props = {
  /** What just happened: "Contributing Factor #2 “Linter not run” removed." */
  message: string;
  /** Extra words, e.g. which action items pointed at a removed item. */
  note?: string;
  onUndo(): void;
  buttonRef?: Ref<HTMLButtonElement>;
  /** Focus came in or went out (the offer stays while focus is inside). */
  onFocusIn(): void;
  onFocusOut(): void;
};

/**
 * What a click changed or removed, with Undo. The button is described by the
 * message, so a screen reader on Undo hears what it takes back.
 */
export function UndoNotice({ message, note = "", onUndo, buttonRef, onFocusIn, onFocusOut }: Props) {
  const id = useId();
  return (
    <div
      role="status"
      onFocus={onFocusIn}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onFocusOut();
      }}
      className="pointer-events-auto flex max-w-full flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-300 bg-slate-50 px-4 py-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-800"
    >
      <span id={id} className="min-w-0 break-words">
        {message}
        {note && ` ${note}`}
      </span>
      <button ref={buttonRef} type="button" className={PRIMARY} aria-describedby={id} onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
