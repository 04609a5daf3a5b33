import { useContext, useMemo, useSyncExternalStore } from "react";
import { useFormContext } from "react-hook-form";
import { deriveDraft } from "../domain/draft/deriveDraft.ts";
import { renderReport } from "../domain/render/render.ts";
import { newId } from "../domain/draft/newDraft.ts";
import { withPosted } from "../domain/incident/record.ts";
import { DraftSessionContext } from "../drafts/DraftSessionContext.tsx";
import { OutputBar } from "../preview/output/OutputBar.tsx";
import { editingItem } from "../preview/editingItem.ts";
import { Preview } from "../preview/Preview.tsx";
import type { DraftForm } from "../domain/draft/draftForm.ts";
import { useReadiness } from "../wizard/form/ReadinessContext.tsx";
import type { StepId } from "../domain/steps/steps.ts";
import type { EditingField } from "./editingField.ts";


type Props = {
  step: StepId;
  editing: EditingField;
  /** The preview is the page (the narrow layout's Preview view), not a column beside the form. */
  page: boolean;
  /** Hidden on narrow screens while the form is shown (still printed). */
  hidden: boolean;
  /** Opens Review (the not-ready gate's way to the problems). */
  onReview(): void;
};

/** The report as Bugzilla will show it, beside the form, with the ways to get it out; it follows the step and the item being edited. */
export default function LivePreview({ step, editing, page, hidden, onReview }: Props) {
  const { draft, problems } = useReadiness();
  const field = useSyncExternalStore(editing.subscribe, editing.get);
  const item = useMemo(() => editingItem(field, draft), [field, draft]);
  const { setValue, getValues } = useFormContext<DraftForm>();
  const session = useContext(DraftSessionContext);
  const markdown = useMemo(() => renderReport(draft), [draft]);
  return (
    <div className={`min-w-0 ${hidden ? "max-lg:hidden print:block" : ""} lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-auto`}>
      <Preview draft={draft} follow={{ step, item, page }}>
        <OutputBar
          // Each draft has its own posting steps: a new Full draft never shows the Preliminary's.
          key={session?.getState().openId ?? ""}
          draft={draft}
          markdown={markdown}
          onRecordBug={(bug) => setValue("bug", bug, { shouldDirty: true })}
          onRecordPosted={(at) => setValue("incident", withPosted(getValues("incident") ?? { id: newId("n"), posted: [], questions: [] }, { kind: draft.kind, at }), { shouldDirty: true })}
          onStartNext={(kind) => void session?.create(deriveDraft(draft, kind, "ca-owner"))}
          problemCount={problems.length}
          onReview={onReview}
        />
      </Preview>
    </div>
  );
}
