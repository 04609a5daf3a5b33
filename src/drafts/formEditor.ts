import type { UseFormReturn } from "react-hook-form";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import type { Draft } from "../domain/draft/schema.ts";
import type { DraftForm } from "../domain/draft/draftForm.ts";
import type { StepId } from "../domain/steps/steps.ts";
import type { Editor } from "./session.ts";

export type FormWithDraft = Pick<UseFormReturn<DraftForm>, "getValues" | "reset" | "setValue" | "watch">;

export type Shell = {
  /** A draft is open at this step. */
  onOpen(step: StepId): void;
  /** No draft is open: the Start screen. */
  onClose(): void;
};

export type FormEditor = {
  editor: Editor;
  /** True while stored content replaces the form's: not an edit, so not saved. */
  isLoading(): boolean;
  /** The draft to fill a new form with: the one opened before the form existed, if any. */
  pending(): Draft | null;
  /** The form is ready (its code loaded, its component mounted); returns the detach. */
  attach(form: FormWithDraft): () => void;
};

/**
 * The react-hook-form form as the session's `Editor`. The form's code loads
 * after the shell (the Start screen needs none of it), so a draft opened
 * before the form exists is held here and handed to the form when it
 * attaches. Loading stored content is not an edit, so it must not be saved
 * (it would bump the revision and alarm the other tabs).
 */
export function formEditor(shell: Shell): FormEditor {
  let form: FormWithDraft | null = null;
  let pending: Draft | null = null;
  let loading = false;
  const fill = (target: FormWithDraft, draft: Draft) => {
    loading = true;
    try {
      target.reset(draft);
    } finally {
      loading = false;
    }
  };
  const editor: Editor = {
    read: () => {
      // Without a form the session reads only what it loaded (a draft is open only after a load).
      if (!form) return pending ?? emptyDraft();
      const draft: Draft = form.getValues();
      return draft;
    },
    load(draft, step) {
      if (form) fill(form, draft);
      else pending = draft;
      shell.onOpen(step);
    },
    setTitle(title) {
      if (form) form.setValue("title", title, { shouldDirty: true });
      else if (pending) pending = { ...pending, title };
    },
    close: () => shell.onClose(),
  };
  return {
    editor,
    isLoading: () => loading,
    pending: () => pending,
    attach(next) {
      form = next;
      if (pending) fill(next, pending);
      pending = null;
      return () => {
        if (form !== next) return;
        // Keep what the form held, should the session read it before another form attaches.
        pending = next.getValues();
        form = null;
      };
    },
  };
}
