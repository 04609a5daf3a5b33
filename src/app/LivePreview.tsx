import { useMemo } from "react";
import { renderReport } from "../domain/render/render.ts";
import { BugzillaMarkdown } from "../preview/bugzillaMarkdown/BugzillaMarkdown.tsx";
import { useReadiness } from "../wizard/form/ReadinessContext.tsx";

/** The report as Bugzilla will show it, beside the form. */
export function LivePreview() {
  const { draft } = useReadiness();
  const markdown = useMemo(() => renderReport(draft), [draft]);
  return (
    <section aria-label="Preview" className="min-w-0 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
      <BugzillaMarkdown markdown={markdown} />
    </section>
  );
}
