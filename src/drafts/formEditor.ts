import type { UseFormReturn } from "react-hook-form";
import type { Draft } from "../domain/draft/schema.ts";
import type { DraftForm } from "../wizard/form/draftForm.ts";
import type { StepId } from "../wizard/steps.ts";
import type { Editor } from "./session.ts";

export type FormWithDraft = Pick<UseFormReturn<DraftForm>, "getValues" | "reset" | "setValue" | "watch">;

export type Shell = {
  /** A draft is open at this step. */
  onOpen(step: StepId): void;
  /** No draft is open: the Start screen. */
  onClose(): void;
};

/**
 * The react-hook-form form as the session's `Editor`. `isLoading` is true
 * while stored content replaces the form's: that is not an edit, so it must
 * not be saved (it would bump the revision and alarm the other tabs).
 */
export function formEditor(form: FormWithDraft, shell: Shell): { editor: Editor; isLoading(): boolean } {
  let loading = false;
  const editor: Editor = {
    read: () => {
      const draft: Draft = form.getValues();
      return draft;
    },
    load(draft, step) {
      loading = true;
      try {
        form.reset(draft);
      } finally {
        loading = false;
      }
      shell.onOpen(step);
    },
    setTitle: (title) => form.setValue("title", title, { shouldDirty: true }),
    close: () => shell.onClose(),
  };
  return { editor, isLoading: () => loading };
}
