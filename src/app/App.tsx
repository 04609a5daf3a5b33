import { lazy, Suspense, useState } from "react";
import type { Draft } from "../domain/draft/schema.ts";
import { DraftSessionContext } from "../drafts/DraftSessionContext.tsx";
import { DraftBanners } from "../drafts/ui/DraftBanners.tsx";
import { useDraftStorage } from "../drafts/useDraftStorage.ts";
import type { StepId } from "../wizard/steps.ts";
import { AppHeader } from "./AppHeader.tsx";
import { StartScreen } from "./StartScreen.tsx";
import { PartBoundary } from "../ui/PartBoundary.tsx";
import { draftFromUrl } from "./startDraft.ts";
import { UpdateNotice } from "./update/UpdateNotice.tsx";
const ImportMarkdownDialog = lazy(() => import("../drafts/ui/ImportMarkdownDialog.tsx").then((m) => ({ default: m.ImportMarkdownDialog })));

// The form stack (react-hook-form, zod, readiness rules, the wizard) is not needed for the
// Start screen, so it is not in the first download; it is requested now, in parallel with
// storage reading the draft to reopen, so a returning user's draft shows no later.
const formStack = import("./DraftEditor.tsx");
const DraftEditor = lazy(() => formStack);

/** Until storage says whether there is a draft to reopen, neither the Start screen nor the wizard shows. */
type View = "loading" | "start" | "editing";

const LOADING = <main aria-busy="true" className="px-4 py-6 sm:px-6" />;

export function App() {
  const [initial] = useState(() => draftFromUrl(window.location.search));
  const [view, setView] = useState<View>("loading");
  // Outside the Start screen: the dialog's summary stays open over the wizard the import opens.
  const [importing, setImporting] = useState(false);
  const [step, setStep] = useState<StepId>("summary");
  const [kindSwitchSlot, setKindSwitchSlot] = useState<HTMLElement | null>(null);
  const storage = useDraftStorage(
    {
      onOpen: (at) => {
        setStep(at);
        setView("editing");
      },
      onClose: () => setView("start"),
    },
    initial,
  );
  const { session } = storage;

  const start = (draft: Draft) => void session.create(draft);
  const changeStep = (next: StepId) => {
    setStep(next);
    session.setStep(next);
  };

  return (
    <DraftSessionContext value={session}>
      <div className="min-h-screen">
        <AppHeader started={view === "editing"} onNewReport={() => void session.close()} kindSwitchSlot={setKindSwitchSlot} />
        <PartBoundary part="The notices about this draft">
          <DraftBanners />
        </PartBoundary>
        <PartBoundary part="The notice about a new version">
          <UpdateNotice />
        </PartBoundary>
        {view === "editing" && (
          // Last line: the header (Drafts, New report) stays usable whatever fails below it.
          <PartBoundary part="The report editor" resetKey={step}>
            <Suspense fallback={LOADING}>
              <DraftEditor storage={storage} step={step} onStepChange={changeStep} kindSwitchSlot={kindSwitchSlot} />
            </Suspense>
          </PartBoundary>
        )}
        {view === "start" && (
          <main className="px-4 sm:px-6">
            <StartScreen onStart={start} onImport={() => setImporting(true)} />
          </main>
        )}
        {view === "loading" && LOADING}
        {importing && (
          <Suspense fallback={null}>
            <ImportMarkdownDialog open={importing} onClose={() => setImporting(false)} />
          </Suspense>
        )}
      </div>
    </DraftSessionContext>
  );
}
