import { useSyncExternalStore } from "react";

/** Below Tailwind's `lg` breakpoint the form and the preview take turns (the "Form | Preview" switch). */
const NARROW = "(max-width: 1023.98px)";

function subscribe(listener: () => void): () => void {
  const query = matchMedia(NARROW);
  query.addEventListener("change", listener);
  return () => query.removeEventListener("change", listener);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => matchMedia(NARROW).matches);
}
