/**
 * Connects drafts storage to the app: the session is created once, with the
 * form as its editor once the form's code has loaded (see `formEditor`); a
 * hidden or closed page flushes at once.
 */
import { useEffect, useState } from "react";
import type { Draft } from "../domain/draft/schema.ts";
import { formEditor, type FormEditor, type FormWithDraft, type Shell } from "./formEditor.ts";
import { createDraftRepository } from "./repository.ts";
import { createDraftSession, type DraftSession } from "./session.ts";
import { storeFromUrl } from "./storage/storeFromUrl.ts";
import { openTabChannel } from "./tabChannel.ts";

export type DraftStorage = { session: DraftSession; editor: FormEditor };

/** What versions before the incident record kept for a draft's deadlines (localStorage, one key per draft). */
function legacyDeadlineInputs(draftId: string): unknown {
  try {
    const raw = window.localStorage.getItem(`ccadb-report:deadline-inputs:${draftId}`);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

/** `initial`: a draft to open as new (an example from the URL, loaded on demand); otherwise the last one reopens. */
export function useDraftStorage(shell: Shell, initial: Promise<Draft | null>): DraftStorage {
  const [storage] = useState(() => {
    const editor = formEditor(shell);
    const repository = createDraftRepository(storeFromUrl(window.location.search), Date.now, { legacyDeadlineInputs });
    return { session: createDraftSession({ repository, editor: editor.editor, openChannel: openTabChannel }), editor };
  });
  const { session } = storage;

  useEffect(() => {
    const disconnect = session.connect();
    const flushOnExit = () => session.flushOnExit();
    const onVisibility = () => {
      // Reloads and tab closes may fire this before pagehide: the same immediate write.
      if (document.visibilityState === "hidden") flushOnExit();
    };
    // Storage failing, or an unresolved "changed in another tab": closing loses the work, so let the browser ask.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.closeWouldLose()) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("pagehide", flushOnExit);
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      disconnect();
      window.removeEventListener("pagehide", flushOnExit);
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [session]);

  useEffect(() => {
    void initial.then(async (draft) => {
      await session.boot(draft);
      // The example is now a saved draft: a reload reopens it instead of making another copy.
      const url = new URL(window.location.href);
      if (draft && url.searchParams.has("example")) {
        url.searchParams.delete("example");
        window.history.replaceState(window.history.state, "", url);
      }
    });
  }, [session, initial]);

  return storage;
}

/** Hands the mounted form to the session, and saves its changes (not the loads). */
export function useFormAsEditor(storage: DraftStorage, form: FormWithDraft): void {
  const { session, editor } = storage;
  useEffect(() => {
    const detach = editor.attach(form);
    const subscription = form.watch(() => {
      if (!editor.isLoading()) session.changed();
    });
    return () => {
      subscription.unsubscribe();
      detach();
    };
  }, [form, session, editor]);
}
