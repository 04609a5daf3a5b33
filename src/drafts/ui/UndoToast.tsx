import { useEffect } from "react";
import { createPortal } from "react-dom";
import { useDraftSession, useSessionState } from "../DraftSessionContext.tsx";
import { PRIMARY } from "../../ui/styles.ts";

import { UNDO_MS } from "../../ui/undo.ts";

/**
 * "Deleted … Undo", for ten seconds after a draft is deleted. `inline` inside
 * the Drafts dialog: a modal dialog makes everything outside it inert.
 */
export function UndoToast({ inline = false }: { inline?: boolean }) {
  const session = useDraftSession();
  const { removed } = useSessionState();
  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => session.dismissRemoved(), Math.max(0, removed.at + UNDO_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [removed, session]);
  // Across the bottom of the window, its empty sides letting clicks through to the page.
  const place = inline ? "mt-3 flex" : "pointer-events-none fixed inset-x-2 bottom-4 z-50 flex justify-center print:hidden";
  const toast = (
    <div role="status" aria-live="polite" className={place}>
      {removed && (
        <div className="pointer-events-auto flex max-w-full flex-wrap items-center gap-3 rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
          <span className="break-words">Deleted “{removed.name}”</span>
          <button type="button" className={PRIMARY} onClick={() => void session.undoRemove()}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
  // Outside the header: its backdrop blur makes it the box a `fixed` child is placed in, which put
  // the toast over the header's own buttons, catching their clicks for ten seconds.
  return inline ? toast : createPortal(toast, document.body);
}
