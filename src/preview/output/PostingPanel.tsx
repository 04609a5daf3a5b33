/**
 * After "Open in Bugzilla" or "Post on bug N": what to do on the page just
 * opened (the guidelines' steps for this report), then record the bug number
 * or mark the draft as posted. Shown in the app, never added to the report.
 */
import type { Draft } from "../../domain/draft/schema.ts";
import { postingSteps } from "../../domain/posting/postingSteps.ts";
import { useOpenDraft } from "../../drafts/useOpenDraft.ts";
import { BugNumberQuestion } from "./BugNumberQuestion.tsx";
import { MarkAsPosted } from "./MarkAsPosted.tsx";
import type { Opened } from "./usePostOnBugzilla.ts";

type Props = { draft: Draft; opened: Opened; problemCount: number; onRecordBug?(bug: number): void; onRecordPosted?(at: string): void; onClose(): void };

const BUTTON =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";

export function PostingPanel({ draft, opened, problemCount, onRecordBug, onRecordPosted, onClose }: Props) {
  const open = useOpenDraft();
  const steps = postingSteps(draft, opened.target, opened.descriptionIncluded);
  const where = opened.target.kind === "comment" ? `bug ${opened.target.bug}` : "the new bug";
  const bugKnown = typeof draft.bug === "number";
  return (
    <section aria-labelledby="posting-steps" className="space-y-3 rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950/40 dark:text-blue-100">
      <h3 id="posting-steps" className="font-semibold">
        On Bugzilla, {where}
      </h3>
      <ol className="list-decimal space-y-1 pl-5" aria-label="Steps on Bugzilla">
        {steps.map((step) => (
          <li key={step.id}>{step.text}</li>
        ))}
      </ol>
      {opened.target.kind === "new-bug" && onRecordBug && !bugKnown && <BugNumberQuestion onRecord={onRecordBug} />}
      {opened.target.kind === "new-bug" && bugKnown && <p role="status">Recorded: bug {draft.bug}. The next reports and updates are posted there.</p>}
      <div className="flex flex-wrap items-center gap-2">
        {open.markAsPosted && (
          <MarkAsPosted
            problemCount={problemCount}
            postedAt={open.posted?.postedAt ?? null}
            onMark={async (at) => {
              onRecordPosted?.(at);
              await open.markAsPosted?.();
            }}
          />
        )}
        <button type="button" className={BUTTON} onClick={onClose}>
          Close steps
        </button>
      </div>
    </section>
  );
}
