import { useEffect, useState } from "react";
import { useSessionState } from "../DraftSessionContext.tsx";

/** A write that takes longer than this shows "Saving…"; quicker ones go straight to "Saved". */
const SHOW_SAVING_AFTER_MS = 500;

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/**
 * "Saved 14:02". A polite live region whose text changes only when what it
 * says changes: at most once a minute while typing, so screen readers are
 * not told about every keystroke's save.
 */
export function SaveStatus() {
  const { save, storageError, openId } = useSessionState();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (save.kind !== "saving") return;
    const timer = setTimeout(() => setSlow(true), SHOW_SAVING_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [save]);
  let text = "";
  if (openId === null) text = "";
  else if (storageError) text = "Not saved";
  else if (save.kind === "saving" && slow) text = "Saving…";
  else if (save.at !== null) text = `Saved ${clock(save.at)}`;
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="min-w-[5.5rem] text-xs text-slate-600 empty:min-w-0 dark:text-slate-400" data-save-status>
      {text}
    </p>
  );
}
