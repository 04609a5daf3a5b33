import { DraftsButton } from "../drafts/ui/DraftsDialog.tsx";
import { ExportDraftButton } from "../drafts/ui/ExportDraftButton.tsx";
import { ImportDraftButton } from "../drafts/ui/ImportDraftButton.tsx";
import { SaveStatus } from "../drafts/ui/SaveStatus.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";

type Props = {
  started: boolean;
  onNewReport(): void;
  /** Receives the element where the open draft's editor puts the report kind switch (it edits the form). */
  kindSwitchSlot(element: HTMLElement | null): void;
};

const BUTTON =
  "rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800";

export function AppHeader({ started, onNewReport, kindSwitchSlot }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur print:hidden dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-[100rem] flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <div>
          <h1 className="text-lg font-semibold tracking-tight">CCADB Incident Report Writer</h1>
          <p className="text-xs text-slate-600 dark:text-slate-400">Incident Reporting Guidelines v3.2 · Markdown for bugzilla.mozilla.org · stays in your browser</p>
        </div>
        <div className="flex flex-wrap items-center gap-2 sm:gap-3">
          {started && <div ref={kindSwitchSlot} className="contents" />}
          <SaveStatus />
          <DraftsButton />
          {started && <ExportDraftButton />}
          <ImportDraftButton />
          {started && (
            <button type="button" onClick={onNewReport} className={BUTTON}>
              New report
            </button>
          )}
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
