import { useContext, useMemo } from "react";
import { useFormContext } from "react-hook-form";
import { deriveDraft } from "../domain/draft/deriveDraft.ts";
import type { Draft, ReportKind } from "../domain/draft/schema.ts";
import { renderReport } from "../domain/render/render.ts";
import { DraftSessionContext } from "../drafts/DraftSessionContext.tsx";
import { OutputBar } from "../preview/output/OutputBar.tsx";
import { Preview } from "../preview/Preview.tsx";
import type { DraftForm } from "../wizard/form/draftForm.ts";
import { useReadiness } from "../wizard/form/ReadinessContext.tsx";

/**
 * The next report of the incident as a new draft on the same bug. The Full
 * report and the Closure are the CA Owner's, whoever filed the Preliminary.
 */
function nextReport(draft: Draft, kind: ReportKind): Draft {
  return { ...deriveDraft(draft, kind), author: "ca-owner" };
}

/** The report as Bugzilla will show it, beside the form, with the ways to get it out. */
export default function LivePreview({ onReview }: { onReview(): void }) {
  const { draft, problems } = useReadiness();
  const { setValue } = useFormContext<DraftForm>();
  const session = useContext(DraftSessionContext);
  const markdown = useMemo(() => renderReport(draft), [draft]);
  return (
    <div className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-auto">
      <Preview draft={draft}>
        <OutputBar
          draft={draft}
          markdown={markdown}
          onRecordBug={(bug) => setValue("bug", bug, { shouldDirty: true })}
          onStartNext={(kind) => void session?.create(nextReport(draft, kind))}
          problemCount={problems.length}
          onReview={onReview}
        />
      </Preview>
    </div>
  );
}
