/**
 * The weekly update: what changed since the version marked as posted, shown
 * as it will be copied, with "Mark as posted" to start the next comparison.
 */
import { useState } from "react";
import type { Draft } from "../domain/draft/schema.ts";
import { formatUtc } from "../domain/draft/datetime.ts";
import { useClipboard } from "../ui/useClipboard.ts";
import { ManualCopyDialog } from "../ui/ManualCopyDialog.tsx";
import { BUTTON, MUTED, PANEL, PRIMARY, STATUS } from "../ui/panelStyles.ts";
import type { OpenDraft } from "../drafts/useOpenDraft.ts";
import { useUpdateComment } from "../drafts/useUpdateComment.ts";

type Props = { draft: Draft; now: number; open: OpenDraft };

export function UpdateCommentPanel({ draft, now, open }: Props) {
  const { text, nextUpdate } = useUpdateComment(draft, now, open);
  const { status, announce, copy, manualCopy, closeManualCopy } = useClipboard();
  const [busy, setBusy] = useState(false);

  const markAsPosted = async () => {
    if (!open.markAsPosted) return;
    setBusy(true);
    await open.markAsPosted();
    setBusy(false);
    announce("Marked as posted: the next update comment lists what changes from now on.");
  };

  return (
    <section aria-labelledby="weekly-update" className={PANEL}>
      <h3 id="weekly-update" className="text-base font-semibold">
        Weekly update
      </h3>
      <p className={MUTED}>
        {open.posted
          ? `Compares the report with the version marked as posted on ${formatUtc(open.posted.postedAt)}.`
          : "The update comment compares the report with the last version marked as posted. No version is marked yet, so every action item and timeline entry shows as new: mark the report as posted when you post it on Bugzilla."}{" "}
        It announces the next update for {nextUpdate} (the Whiteboard date under Deadlines, if given).
      </p>
      <pre
        aria-label="Update comment"
        tabIndex={0}
        className="max-h-80 overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-mono text-xs text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-700 dark:bg-slate-950 dark:text-slate-200 dark:focus-visible:outline-blue-300"
      >
        {text}
      </pre>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={PRIMARY} onClick={() => void copy(text, "Copied update comment", "Copy the update comment")}>
          Copy update comment
        </button>
        <button type="button" className={BUTTON} disabled={!open.markAsPosted || busy} onClick={() => void markAsPosted()}>
          Mark as posted
        </button>
        <p role="status" className={STATUS}>
          {status}
        </p>
      </div>
      {!open.markAsPosted && <p className={MUTED}>Marking as posted needs the draft to be saved in this browser.</p>}
      <ManualCopyDialog copy={manualCopy} onClose={closeManualCopy} />
    </section>
  );
}
