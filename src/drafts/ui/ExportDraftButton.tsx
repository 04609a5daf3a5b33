import { useFormContext } from "react-hook-form";
import type { Draft } from "../../domain/draft/schema.ts";
import { downloadText } from "../../preview/output/download.ts";
import type { DraftForm } from "../../wizard/form/draftForm.ts";
import { draftFileName, draftJson } from "../draftFile.ts";
import { BUTTON } from "./styles.ts";

/** Downloads the open draft, as it is in memory, as a draft file. Works whether or not storage does. */
export function ExportDraftButton({ className = BUTTON }: { className?: string }) {
  const { getValues } = useFormContext<DraftForm>();
  const exportDraft = () => {
    const draft: Draft = getValues();
    downloadText(draftFileName(draft), draftJson(draft), "application/json");
  };
  return (
    <button type="button" className={className} onClick={exportDraft}>
      Export draft
    </button>
  );
}
