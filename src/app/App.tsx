import { zodResolver } from "@hookform/resolvers/zod";
import { lazy, Suspense, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { ReadyDraftSchema } from "../domain/draft/readinessSchema.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { DraftSessionContext } from "../drafts/DraftSessionContext.tsx";
import { DraftBanners } from "../drafts/ui/DraftBanners.tsx";
import { useDraftStorage } from "../drafts/useDraftStorage.ts";
import { ReadinessProvider } from "../wizard/form/ReadinessContext.tsx";
import { Wizard } from "../wizard/Wizard.tsx";
import type { StepId } from "../wizard/steps.ts";
import { AppHeader } from "./AppHeader.tsx";
// The preview column (renderer, output buttons) loads beside the form, not before it.
const LivePreview = lazy(() => import("./LivePreview.tsx"));
import { StartScreen } from "./StartScreen.tsx";
import { draftFromUrl } from "./startDraft.ts";
const ImportMarkdownDialog = lazy(() => import("../drafts/ui/ImportMarkdownDialog.tsx").then((m) => ({ default: m.ImportMarkdownDialog })));

/** Until storage says whether there is a draft to reopen, neither the Start screen nor the wizard shows. */
type View = "loading" | "start" | "editing";

export function App() {
  const [initial] = useState(() => draftFromUrl(window.location.search));
  const [view, setView] = useState<View>("loading");
  // Outside the Start screen: the dialog's summary stays open over the wizard the import opens.
  const [importing, setImporting] = useState(false);
  const [step, setStep] = useState<StepId>("summary");
  const form = useForm({
    resolver: zodResolver(ReadyDraftSchema),
    defaultValues: emptyDraft(),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const session = useDraftStorage(
    form,
    {
      onOpen: (at) => {
        setStep(at);
        setView("editing");
      },
      onClose: () => setView("start"),
    },
    initial,
  );

  const start = (draft: Draft) => void session.create(draft);
  const changeStep = (next: StepId) => {
    setStep(next);
    session.setStep(next);
  };

  return (
    <DraftSessionContext value={session}>
      <FormProvider {...form}>
        <ReadinessProvider>
          <div className="min-h-screen">
            <AppHeader started={view === "editing"} onNewReport={() => void session.close()} />
            <DraftBanners />
            {view === "editing" && (
              <main className="mx-auto grid max-w-[100rem] gap-8 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
                <form noValidate onSubmit={(e) => e.preventDefault()} aria-label="Incident report" className="min-w-0 print:hidden">
                  <Wizard step={step} onStepChange={changeStep} />
                </form>
                <Suspense fallback={<div aria-busy="true" className="min-h-40" />}>
                  <LivePreview />
                </Suspense>
              </main>
            )}
            {view === "start" && (
              <main className="px-4 sm:px-6">
                <StartScreen onStart={start} onImport={() => setImporting(true)} />
              </main>
            )}
            {view === "loading" && <main aria-busy="true" className="px-4 py-6 sm:px-6" />}
            {importing && (
              <Suspense fallback={null}>
                <ImportMarkdownDialog open={importing} onClose={() => setImporting(false)} />
              </Suspense>
            )}
          </div>
        </ReadinessProvider>
      </FormProvider>
    </DraftSessionContext>
  );
}
