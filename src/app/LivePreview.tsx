import { useMemo } from "react";
import { useFormContext } from "react-hook-form";
import { renderReport } from "../domain/render/render.ts";
import { OutputBar } from "../preview/output/OutputBar.tsx";
import { Preview } from "../preview/Preview.tsx";
import type { DraftForm } from "../wizard/form/draftForm.ts";
import { useReadiness } from "../wizard/form/ReadinessContext.tsx";

/** The report as Bugzilla will show it, beside the form, with the ways to get it out. */
export default function LivePreview() {
  const { draft } = useReadiness();
  const { setValue } = useFormContext<DraftForm>();
  const markdown = useMemo(() => renderReport(draft), [draft]);
  return (
    <div className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-auto">
      <Preview draft={draft}>
        <OutputBar draft={draft} markdown={markdown} onRecordBug={(bug) => setValue("bug", bug, { shouldDirty: true })} />
      </Preview>
    </div>
  );
}
