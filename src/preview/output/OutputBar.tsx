/**
 * The ways out of the app: copy the Markdown or the summary line, download a
 * .md file, open Bugzilla's new-bug form prefilled (or, once the bug is known,
 * post on it), or copy the update comment; then the next report of the incident.
 */
import { lazy, Suspense, useState } from "react";
import type { Draft, ReportKind } from "../../domain/draft/schema.ts";
import { summaryLine } from "../../domain/render/bugzilla.ts";
import { CharacterCounter } from "./CharacterCounter.tsx";
import { downloadText } from "../../ui/download.ts";
import { markdownFileName } from "../../ui/fileName.ts";
import { ManualCopyDialog } from "../../ui/ManualCopyDialog.tsx";
import { NotReadyGate, type GatedAction } from "./NotReadyGate.tsx";
import { SecurityNotice } from "./SecurityNotice.tsx";
import { SummaryNotice } from "./SummaryNotice.tsx";
import { NextReport } from "./NextReport.tsx";
import { PostingPanel } from "./PostingPanel.tsx";
import { TooLongAdvice } from "./TooLongAdvice.tsx";
import { useClipboard } from "../../ui/useClipboard.ts";
import { usePostOnBugzilla } from "./usePostOnBugzilla.ts";

type Props = {
  draft: Draft;
  markdown: string;
  /** Records the bug number Bugzilla gave the new bug (absent where there is no form, e.g. tests). */
  onRecordBug?(bug: number): void;
  /** Adds a posting of this draft (a DateTime) to the incident record. */
  onRecordPosted?(at: string): void;
  /** Starts the next report of the incident as a new draft. */
  onStartNext?(kind: ReportKind): void;
  /** How many readiness problems the report has: copying or opening it asks first when there are any. */
  problemCount?: number;
  /** Opens the Review step. */
  onReview?(): void;
};

// The update comment needs the update renderer and the drafts' posted snapshot: load them after the app.
const UpdateCommentButton = lazy(() => import("./UpdateCommentButton.tsx"));

const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";
const PRIMARY = `rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500 ${FOCUS}`;
const SECONDARY = `rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${FOCUS}`;

export function OutputBar({ draft, markdown, onRecordBug, onRecordPosted, onStartNext, problemCount = 0, onReview }: Props) {
  const { status, announce, copy, manualCopy, closeManualCopy } = useClipboard();
  const [gated, setGated] = useState<GatedAction | null>(null);
  /** Runs the action at once when the report is ready; otherwise says why not first. */
  const guard = (action: GatedAction) => (problemCount > 0 ? setGated(action) : action.run());
  const post = usePostOnBugzilla(draft, markdown, copy);
  const { pasteNotice } = post;
  const summary = summaryLine(draft);

  return (
    <div className="mb-4 space-y-3 border-b border-slate-200 pb-4 dark:border-slate-700 print:hidden">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={PRIMARY} onClick={() => guard({ verb: "Copy", run: () => void copy(markdown, "Copied", "Copy the Markdown") })}>
          Copy Markdown
        </button>
        <button type="button" className={SECONDARY} onClick={() => void copy(summary, "Copied summary line", "Copy the summary line")}>
          Copy summary line
        </button>
        <button
          type="button"
          className={SECONDARY}
          onClick={() =>
            guard({
              verb: "Download",
              run: () => {
                const fileName = markdownFileName(summary);
                downloadText(fileName, markdown);
                announce(`Downloaded ${fileName}`);
              },
            })
          }
        >
          Download .md
        </button>
        <button type="button" className={SECONDARY} onClick={() => guard({ verb: "Open", run: () => void post.start() })}>
          {post.label}
        </button>
        <Suspense fallback={null}>
          <UpdateCommentButton draft={draft} className={SECONDARY} copy={copy} />
        </Suspense>
      </div>
      <NotReadyGate action={gated} problemCount={problemCount} onReview={onReview} onDone={() => setGated(null)} />
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <CharacterCounter markdown={markdown} />
        <p role="status" className="min-h-5 text-sm font-medium text-emerald-700 dark:text-emerald-400">
          {status}
        </p>
      </div>
      <p className="break-words text-sm text-slate-600 dark:text-slate-400">
        Summary: <span className="font-medium text-slate-800 dark:text-slate-200">{summary}</span>
      </p>
      <SummaryNotice draft={draft} />
      {pasteNotice && (
        <p role="alert" className="rounded-md border border-blue-200 bg-blue-50 p-2 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950/40 dark:text-blue-100">
          {pasteNotice}
        </p>
      )}
      <TooLongAdvice draft={draft} markdown={markdown} />
      {post.opened && <PostingPanel draft={draft} opened={post.opened} problemCount={problemCount} onRecordBug={onRecordBug} onRecordPosted={onRecordPosted} onClose={post.close} />}
      {onStartNext && <NextReport draft={draft} onStart={onStartNext} />}
      {/* The posting steps list the security steps themselves while they are open. */}
      {draft.securitySensitive && !post.opened && <SecurityNotice />}
      <ManualCopyDialog copy={manualCopy} onClose={closeManualCopy} />
    </div>
  );
}
