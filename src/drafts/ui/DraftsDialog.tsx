import { lazy, Suspense, useState } from "react";
import { useDraftSession, useSessionState } from "../DraftSessionContext.tsx";
import { useNow } from "../../ui/clock.ts";
import { when } from "./format.ts";
import { Modal } from "./Modal.tsx";
import { BUTTON, PRIMARY } from "../../ui/styles.ts";
import { UndoToast } from "./UndoToast.tsx";
// The Markdown reader is large and rarely needed: it loads when the dialog is first opened.
const ImportMarkdownDialog = lazy(() => import("./ImportMarkdownDialog.tsx").then((m) => ({ default: m.ImportMarkdownDialog })));
// The list itself (grouping, rows, deadlines' wording) loads with the first opening, not with the header.
const SavedDrafts = lazy(() => import("./SavedDrafts.tsx"));

/** The "Drafts" header button and its dialog: every draft in this browser, grouped by incident. */
export function DraftsButton() {
  const session = useDraftSession();
  const { drafts, openId, posted } = useSessionState();
  const [open, setOpen] = useState(false);
  const now = useNow();
  const [importing, setImporting] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className={BUTTON}
        onClick={() => {
          void session.refreshList();
          setOpen(true);
        }}
      >
        Drafts
      </button>
      <Modal open={open} title="Drafts" onClose={close}>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Saved in this browser only. Export a draft to keep a copy or share it.</p>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={PRIMARY}
            onClick={() => {
              void session.close();
              close();
            }}
          >
            New draft
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              close();
              setImporting(true);
            }}
          >
            Import a posted report
          </button>
          {openId !== null && (
            <button type="button" className={BUTTON} onClick={() => void session.markAsPosted()}>
              Mark as posted
            </button>
          )}
          {openId !== null && (
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {posted ? `Open draft marked posted ${when(posted.postedAt)}` : "Open draft not marked posted yet"}
            </span>
          )}
        </div>
        {drafts.length === 0 ? (
          <p className="mt-4 text-sm">No saved drafts yet.</p>
        ) : (
          <Suspense fallback={<p className="mt-4 text-sm">{drafts.length} saved drafts</p>}>
            <SavedDrafts drafts={drafts} openId={openId} now={now} onOpened={close} />
          </Suspense>
        )}
        <UndoToast inline />
        <form method="dialog" className="mt-4 flex justify-end">
          <button className={BUTTON}>Close</button>
        </form>
      </Modal>
      {!open && <UndoToast />}
      {importing && (
        <Suspense fallback={null}>
          <ImportMarkdownDialog open={importing} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </>
  );
}
