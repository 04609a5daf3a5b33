import { useEffect, useId, useRef } from "react";
import type { ManualCopy } from "./useClipboard.ts";

type Props = { copy: ManualCopy | null; onClose: () => void };

const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The clipboard fallback: the text, selected, with the shortcut to copy it. */
export function ManualCopyDialog({ copy, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const hintId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element || !copy) return;
    if (!element.open) element.showModal();
    textarea.current?.focus();
    textarea.current?.select();
  }, [copy]);

  if (!copy) return null;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={hintId}
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {copy.title}
      </h2>
      <p id={hintId} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        The browser did not allow copying. The text below is selected: Press Ctrl+C / ⌘C to copy.
        {IS_MAC ? " (On this Mac: ⌘C.)" : ""}
      </p>
      <textarea
        ref={textarea}
        readOnly
        aria-label="Text to copy"
        value={copy.text}
        rows={10}
        className="mt-3 w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-sm focus-visible:outline-2 focus-visible:outline-blue-700 dark:border-slate-600 dark:bg-slate-950 dark:focus-visible:outline-blue-300"
      />
      <div className="mt-3 flex justify-end">
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:bg-blue-600 dark:focus-visible:outline-blue-300"
        >
          Close
        </button>
      </div>
    </dialog>
  );
}
