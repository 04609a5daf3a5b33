import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { downloadText } from "../../ui/download.ts";
import { useDraftSession, useSessionState } from "../DraftSessionContext.tsx";
import { ExportDraftButton } from "./ExportDraftButton.tsx";
import { Modal } from "./Modal.tsx";
import { BUTTON, DANGER, PRIMARY } from "../../ui/styles.ts";

// Field names need the catalogue: loaded only when a stored draft turns out unreadable.
const DraftProblemList = lazy(() => import("./DraftProblemList.tsx"));

const BANNER = "mx-auto max-w-[100rem] px-4 sm:px-6 mt-3";

/** Drafts are not being saved: say so, keep the work in memory, offer the export. */
function StorageBanner({ reason, draftOpen }: { reason: string; draftOpen: boolean }) {
  return (
    <div className={BANNER}>
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100">
        <p className="min-w-0 flex-1">
          <strong>Drafts are not being saved</strong>: {reason}. Your work stays in this tab until you close it
          {draftOpen ? "; export the draft to keep a copy." : "."}
        </p>
        {draftOpen && <ExportDraftButton className={PRIMARY} />}
      </div>
    </div>
  );
}

/** Another tab saved this draft: take theirs, or keep this one (confirmed, since it replaces theirs). */
function ConflictBanner() {
  const session = useDraftSession();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={BANNER}>
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
        <p className="min-w-0 flex-1">
          <strong>This draft was changed in another tab.</strong> Changes here are not saved until you choose. Reloading keeps this tab&rsquo;s changes as a
          separate draft.
        </p>
        <button type="button" className={PRIMARY} onClick={() => void session.reloadTheirs()}>
          Reload it
        </button>
        <button type="button" className={BUTTON} onClick={() => setConfirming(true)}>
          Keep mine
        </button>
      </div>
      <Modal open={confirming} title="Keep this tab's version?" role="alertdialog" onClose={() => setConfirming(false)}>
        <p className="mt-2 text-sm">The changes saved in the other tab will be replaced by this tab's draft. This cannot be undone.</p>
        <form method="dialog" className="mt-4 flex flex-wrap justify-end gap-2">
          <button className={BUTTON} autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className={DANGER}
            onClick={() => {
              setConfirming(false);
              void session.keepMine();
            }}
          >
            Replace their changes
          </button>
        </form>
      </Modal>
    </div>
  );
}

/** A stored draft that cannot be read: every problem, its raw data to download, and Discard. */
function CorruptDraftDialog() {
  const session = useDraftSession();
  const { corrupt } = useSessionState();
  return (
    <Modal open={corrupt !== null} title="A saved draft cannot be opened" role="alertdialog" onClose={() => session.dismissCorrupt()}>
      {corrupt && (
        <>
          <p className="mt-2 text-sm">The draft stored in this browser does not match the draft format. Export the raw data so nothing is lost, then discard it.</p>
          <Suspense fallback={<p className="mt-3 text-sm">{corrupt.problems.length} problems</p>}>
            <DraftProblemList problems={corrupt.problems} />
          </Suspense>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <button
              type="button"
              className={PRIMARY}
              onClick={() => downloadText(`unreadable-draft-${corrupt.id}.json`, `${JSON.stringify(corrupt.raw, null, 2)}\n`, "application/json")}
            >
              Export raw data
            </button>
            <button type="button" className={DANGER} onClick={() => void session.discardCorrupt()}>
              Discard
            </button>
            <button type="button" className={BUTTON} onClick={() => session.dismissCorrupt()}>
              Keep for now
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

/**
 * After "Reload it": where this tab's changes went, with the way to them.
 * It takes the focus, which the vanished "Reload it" button had, so it is
 * read out (a live region added already filled often is not).
 */
function KeptCopyBanner({ copy }: { copy: { id: string; name: string } }) {
  const session = useDraftSession();
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), [copy.id]);
  return (
    <div className={BANNER}>
      <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950/50 dark:text-blue-100">
        <p ref={message} tabIndex={-1} className="min-w-0 flex-1 focus-visible:outline-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300">
          The other tab&rsquo;s version is open. This tab&rsquo;s changes are kept as the draft &ldquo;{copy.name}&rdquo;, listed in Drafts.
        </p>
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            session.dismissKeptCopy();
            void session.open(copy.id);
          }}
        >
          Open it
        </button>
        <button type="button" className={BUTTON} onClick={() => session.dismissKeptCopy()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** Everything storage has to tell the user, under the header. */
export function DraftBanners() {
  const { storageError, conflict, openId, keptCopy } = useSessionState();
  return (
    <>
      {storageError && <StorageBanner reason={storageError} draftOpen={openId !== null} />}
      {conflict && <ConflictBanner />}
      {keptCopy && <KeptCopyBanner copy={keptCopy} />}
      <CorruptDraftDialog />
    </>
  );
}
