import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { Problem } from "../../domain/draft/problems.ts";
import { checkReadiness } from "../../domain/draft/readiness.ts";
import type { Draft } from "../../domain/draft/schema.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";

type Readiness = { draft: Draft; problems: Problem[] };

const ReadinessContext = createContext<Readiness | null>(null);

/**
 * Watches the whole draft and checks it, deferred so typing never waits for it.
 * Only the consumers (step list, Review, preview) re-render; the form does not.
 */
export function ReadinessProvider({ children }: { children: ReactNode }) {
  const { control, getValues } = useFormContext<DraftForm>();
  const watched = useWatch({ control });
  const deferred = useDeferredValue(watched);
  const value = useMemo(() => {
    void deferred;
    const draft: Draft = structuredClone(getValues());
    return { draft, problems: checkReadiness(draft) };
  }, [deferred, getValues]);
  return <ReadinessContext.Provider value={value}>{children}</ReadinessContext.Provider>;
}

export function useReadiness(): Readiness {
  const value = useContext(ReadinessContext);
  if (!value) throw new Error("useReadiness needs a ReadinessProvider");
  return value;
}
