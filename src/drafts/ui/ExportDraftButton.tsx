import { downloadText } from "../../ui/download.ts";
import { useDraftSession } from "../DraftSessionContext.tsx";
import { draftFileName, draftJson } from "../draftFile.ts";
import { BUTTON } from "../../ui/styles.ts";

/** Downloads the open draft, as it is in memory, as a draft file. Works whether or not storage does. */
export function ExportDraftButton({ className = BUTTON }: { className?: string }) {
  const session = useDraftSession();
  const exportDraft = () => {
    const draft = session.openDraft();
    if (draft) downloadText(draftFileName(draft), draftJson(draft), "application/json");
  };
  return (
    <button type="button" className={className} onClick={exportDraft}>
      Export draft
    </button>
  );
}
