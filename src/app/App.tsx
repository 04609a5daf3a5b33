import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { ReadyDraftSchema } from "../domain/draft/readinessSchema.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { ReadinessProvider } from "../wizard/form/ReadinessContext.tsx";
import { Wizard } from "../wizard/Wizard.tsx";
import type { StepId } from "../wizard/steps.ts";
import { AppHeader } from "./AppHeader.tsx";
import { LivePreview } from "./LivePreview.tsx";
import { StartScreen } from "./StartScreen.tsx";
import { draftFromUrl } from "./startDraft.ts";

export function App() {
  const [initial] = useState(() => draftFromUrl(window.location.search));
  const [started, setStarted] = useState(initial !== null);
  const [step, setStep] = useState<StepId>("summary");
  const form = useForm({
    resolver: zodResolver(ReadyDraftSchema),
    defaultValues: initial ?? emptyDraft(),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const start = (draft: Draft) => {
    form.reset(draft);
    setStep("summary");
    setStarted(true);
  };

  return (
    <FormProvider {...form}>
      <ReadinessProvider>
        <div className="min-h-screen">
          <AppHeader started={started} onNewReport={() => setStarted(false)} />
          {started ? (
            <main className="mx-auto grid max-w-[100rem] gap-8 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
              <form noValidate onSubmit={(e) => e.preventDefault()} aria-label="Incident report" className="min-w-0 print:hidden">
                <Wizard step={step} onStepChange={setStep} />
              </form>
              <LivePreview />
            </main>
          ) : (
            <main className="px-4 sm:px-6">
              <StartScreen onStart={start} />
            </main>
          )}
        </div>
      </ReadinessProvider>
    </FormProvider>
  );
}
