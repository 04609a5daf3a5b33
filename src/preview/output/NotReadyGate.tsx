import { useEffect, useRef } from "react";
import { FOCUS, PRIMARY } from "../../ui/styles.ts";

/** What the author tried to do with a report that is not ready. */
export type GatedAction = { verb: "Copy" | "Download" | "Open"; run(): void };

type Props = {
  action: GatedAction | null;
  problemCount: number;
  onReview?(): void;
  onDone(): void;
};


/**
 * Before a report that is not ready leaves the app: how many problems, the
 * way to Review, and "… anyway" (one more click, never a dead end).
 */
export function NotReadyGate({ action, problemCount, onReview, onDone }: Props) {
  const anyway = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (action) anyway.current?.focus();
  }, [action]);
  if (!action) return null;
  const problems = `${problemCount} ${problemCount === 1 ? "problem" : "problems"}`;
  return (
    <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <p>
        <span className="font-semibold">Not ready to post: {problems}.</span> Review lists each one with a link to its field.
      </p>
      <div className="flex flex-wrap gap-2">
        {onReview && (
          <button
            type="button"
            className={PRIMARY}
            onClick={() => {
              onDone();
              onReview();
            }}
          >
            Go to Review
          </button>
        )}
        <button
          ref={anyway}
          type="button"
          className={`rounded-md border border-amber-400 bg-white px-3 py-1.5 font-medium text-amber-950 hover:bg-amber-100 dark:border-amber-600 dark:bg-slate-900 dark:text-amber-100 ${FOCUS}`}
          onClick={() => {
            onDone();
            action.run();
          }}
        >
          {action.verb} anyway
        </button>
        <button type="button" className={`rounded-md px-3 py-1.5 underline ${FOCUS}`} onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
