import { createContext, useContext, useState, type ReactNode } from "react";

/**
 * What each field held before its "Not applicable" box was ticked, for the
 * open draft, by field name. The box sits in its step and is unmounted with
 * it; kept here, unticking gives the text back after the author has been to
 * another step and returned. A new map for each draft opened.
 */
const Memory = createContext<Map<string, unknown> | null>(null);

export function NotApplicableMemory({ draftId, children }: { draftId: string | null; children: ReactNode }) {
  const [memory, setMemory] = useState(() => ({ draftId, values: new Map<string, unknown>() }));
  // Another draft opened in the same editor: forget the last one's values (state updated while rendering, as React advises).
  if (memory.draftId !== draftId) setMemory({ draftId, values: new Map() });
  return <Memory value={memory.values}>{children}</Memory>;
}

export function useNotApplicableMemory(): Map<string, unknown> | null {
  return useContext(Memory);
}
