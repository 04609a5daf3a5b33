/**
 * The open draft: the form (react-hook-form with the readiness schema), the
 * wizard and the live preview. Loaded after the shell: the Start screen needs
 * none of it, and `App` requests it at once, so it downloads while storage
 * reads the draft to reopen.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { lazy, Suspense, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { FormProvider, useForm } from "react-hook-form";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { ReadyDraftSchema } from "../domain/draft/readinessSchema.ts";
import { useFormAsEditor, type DraftStorage } from "../drafts/useDraftStorage.ts";
import { useDraftSession, useSessionState } from "../drafts/DraftSessionContext.tsx";
import { NewDraftContext } from "../wizard/incident/newDraftContext.ts";
import { ReadinessProvider } from "../wizard/form/ReadinessContext.tsx";
import { NotApplicableMemory } from "../wizard/fields/notApplicableMemory.tsx";
import { Wizard, type WizardHandle } from "../wizard/Wizard.tsx";
import type { StepId } from "../domain/steps/steps.ts";
import { createEditingField } from "./editingField.ts";
import { ReportKindSwitch } from "./ReportKindSwitch.tsx";
import { useNarrow } from "./useNarrow.ts";
import { ViewSwitch, type EditorView } from "./ViewSwitch.tsx";
import { PartBoundary } from "../ui/PartBoundary.tsx";
import { UndoOffersProvider } from "../ui/UndoOffers.tsx";
// The preview column (renderer, output buttons) loads beside the form, not before it.
const LivePreview = lazy(() => import("./LivePreview.tsx"));

type Props = {
  storage: DraftStorage;
  step: StepId;
  onStepChange(step: StepId): void;
  /** Where the header shows the report kind switch, which edits the form. */
  kindSwitchSlot: HTMLElement | null;
};

export default function DraftEditor({ storage, step, onStepChange, kindSwitchSlot }: Props) {
  const [defaultValues] = useState(() => storage.editor.pending() ?? emptyDraft());
  const form = useForm({
    resolver: zodResolver(ReadyDraftSchema),
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  useFormAsEditor(storage, form);
  const [editing] = useState(createEditingField);
  const [view, setView] = useState<EditorView>("form");
  const narrow = useNarrow();
  const wizard = useRef<WizardHandle>(null);
  const session = useDraftSession();
  const { openId } = useSessionState();

  return (
    <FormProvider {...form}>
      <ReadinessProvider>
        {/* Above the steps: an Undo offer outlives the step it was made on. */}
        <UndoOffersProvider scope={openId}>
          {kindSwitchSlot && createPortal(<ReportKindSwitch />, kindSwitchSlot)}
          <main className="mx-auto grid max-w-[100rem] gap-x-8 gap-y-4 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:gap-y-8">
            <ViewSwitch view={view} onChange={setView} />
            <form
              noValidate
              onSubmit={(e) => e.preventDefault()}
              // The preview marks the item whose field has focus.
              onFocus={(e) => editing.set(e.target instanceof Element ? (e.target.closest<HTMLElement>("[data-field]")?.dataset.field ?? null) : null)}
              aria-label="Incident report"
              className={`min-w-0 print:hidden ${view === "preview" ? "max-lg:hidden" : ""}`}
            >
              <NotApplicableMemory draftId={openId}>
                <NewDraftContext value={session.create}>
                  <Wizard ref={wizard} step={step} onStepChange={onStepChange} />
                </NewDraftContext>
              </NotApplicableMemory>
            </form>
            <PartBoundary part="The preview" resetKey={step}>
              <Suspense fallback={<div aria-busy="true" className="min-h-40" />}>
                <LivePreview
                  step={step}
                  editing={editing}
                  page={narrow && view === "preview"}
                  hidden={view === "form"}
                  onReview={() => {
                    setView("form");
                    // Through the wizard, so focus moves to the Review heading (the gate's button is gone).
                    wizard.current?.goTo("review");
                  }}
                />
              </Suspense>
            </PartBoundary>
          </main>
        </UndoOffersProvider>
      </ReadinessProvider>
    </FormProvider>
  );
}
