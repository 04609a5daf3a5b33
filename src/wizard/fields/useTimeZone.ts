import { useWatch } from "react-hook-form";
import { isTimeZone, localTimeZone } from "../../domain/draft/timeZones.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";

/** The zone new dates and times are written in: the one the draft last chose, else the browser's. */
export function useTimeZone(): string {
  const chosen = useWatch<DraftForm, "timeZone">({ name: "timeZone" });
  return typeof chosen === "string" && isTimeZone(chosen) ? chosen : localTimeZone();
}
