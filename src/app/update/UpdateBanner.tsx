import { useState } from "react";
import { useDraftSession } from "../../drafts/DraftSessionContext.tsx";
import { BUTTON, PRIMARY } from "../../ui/styles.ts";
import type { AppWorker, UpdateState } from "./appWorker.ts";

const MESSAGES: Record<Exclude<UpdateState, "none">, { text: string; action: string }> = {
  ready: { text: "A new version of the app is ready. It starts when you choose, or the next time you open the app.", action: "Update now" },
  elsewhere: { text: "The app was updated in another tab. This tab runs the previous version until you reload it.", action: "Reload" },
};

/**
 * A new version is ready: switch on the user's click, after the open draft
 * is saved, never by itself (no reload while someone types). "Later" hides
 * it; the new version then starts when every tab of the app is closed.
 */
export default function UpdateBanner({ worker, state }: { worker: AppWorker; state: Exclude<UpdateState, "none"> }) {
  const session = useDraftSession();
  const [dismissed, setDismissed] = useState<UpdateState>("none");
  const [busy, setBusy] = useState(false);
  if (dismissed === state) return null;
  const { text, action } = MESSAGES[state];
  return (
    <div className="mx-auto mt-3 max-w-[100rem] px-4 sm:px-6">
      <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950/50 dark:text-blue-100">
        <p className="min-w-0 flex-1">{text}</p>
        <button
          type="button"
          className={PRIMARY}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void worker.apply(() => session.flush()).finally(() => setBusy(false));
          }}
        >
          {action}
        </button>
        <button type="button" className={BUTTON} onClick={() => setDismissed(state)}>
          Later
        </button>
      </div>
    </div>
  );
}
