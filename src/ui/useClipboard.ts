import { useCallback, useEffect, useRef, useState } from "react";

/** What the user must copy by hand when the browser refuses the clipboard. */
export type ManualCopy = { title: string; text: string };

const STATUS_MS = 4_000;

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Refused: no permission, document not focused, or an insecure context.
    return false;
  }
}

/**
 * Copy with a visible, announced confirmation; when the clipboard is
 * refused or missing, hand the text to a manual-copy dialog instead.
 */
export function useClipboard() {
  const [status, setStatus] = useState("");
  const [manualCopy, setManualCopy] = useState<ManualCopy | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const announce = useCallback((message: string) => {
    clearTimeout(timer.current);
    setStatus(message);
    timer.current = setTimeout(() => setStatus(""), STATUS_MS);
  }, []);

  const copy = useCallback(
    async (text: string, confirmation: string, title: string): Promise<boolean> => {
      const copied = await writeClipboard(text);
      if (copied) announce(confirmation);
      else setManualCopy({ title, text });
      return copied;
    },
    [announce],
  );

  return { status, announce, copy, manualCopy, closeManualCopy: () => setManualCopy(null) };
}
