import { lazy, Suspense, useId, useState } from "react";
import { useDraftSession, useSessionState } from "../DraftSessionContext.tsx";
import { useNow } from "../../review/clock.ts";
import { groupDrafts } from "../groups.ts";
import { DraftRow } from "./DraftRow.tsx";
// The Markdown reader is large and rarely needed: it loads when the dialog is first opened.
const ImportMarkdownDialog = lazy(() => import("./ImportMarkdownDialog.tsx").then((m) => ({ default: m.ImportMarkdownDialog })));
import { when } from "./format.ts";
import { Modal } from "./Modal.tsx";
import { BUTTON, PRIMARY } from "./styles.ts";
import { UndoToast } from "./UndoToast.tsx";

/** The "Drafts" header button and its dialog: every draft in this browser, grouped by incident. */
export function DraftsButton() {
  const session = useDraftSession();
  const { drafts, openId, posted } = useSessionState();
  const [open, setOpen] = useState(false);
  const now = useNow();
  const groupId = useId();
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
          <div aria-label="Saved drafts" role="group" className="mt-4 space-y-4">
            {groupDrafts(drafts).map((group, i) => (
              <div key={group.key} role="group" aria-labelledby={`${groupId}-${i}`} className="space-y-2">
                <h3 id={`${groupId}-${i}`} className="text-sm font-semibold break-words text-slate-800 dark:text-slate-200">
                  {group.label}
                </h3>
                <ul aria-label={`Drafts for ${group.bug === null ? group.label : `bug ${group.bug}`}`} className="space-y-2">
                  {group.drafts.map((draft) => (
                    <DraftRow
                      key={draft.id}
                      draft={draft}
                      isOpen={draft.id === openId}
                      now={now}
                      onOpen={() => {
                        void session.open(draft.id);
                        close();
                      }}
                      onDuplicate={() => void session.duplicate(draft.id)}
                      onRename={(title) => void session.rename(draft.id, title)}
                      onDelete={() => void session.remove(draft.id)}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </div>
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
