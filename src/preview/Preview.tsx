/**
 * The live preview: the report as bugzilla.mozilla.org will show it, or the
 * raw Markdown. Typing stays responsive on large reports because the draft
 * is deferred (React renders the preview after the keystroke) and each
 * template section re-parses only when its own Markdown changed.
 */
import { lazy, Suspense, useDeferredValue, useMemo, useRef, useState, type ReactNode } from "react";
import type { Draft } from "../domain/draft/schema.ts";
import type { EditingItem } from "./editingItem.ts";
import { PreviewModeToggle, type PreviewMode } from "./PreviewModeToggle.tsx";
import { joinChunks, reportChunks, type ReportChunk } from "./reportChunks.ts";
import { usePreviewFollow } from "./usePreviewFollow.ts";

// The Markdown parser is the app's biggest dependency: load it with the
// first preview, not with the start screen (see `npm run bench:bundle`).
const RenderedReport = lazy(() => import("./RenderedReport.tsx"));

/** While the parser loads: the report's text, so the preview is never empty. */
function PlainReport({ chunks }: { chunks: readonly ReportChunk[] }) {
  return <div className="whitespace-pre-wrap text-sm text-slate-600 dark:text-slate-400">{joinChunks(chunks)}</div>;
}

type Props = {
  draft: Draft;
  /** Shown under the heading, e.g. the output buttons. */
  children?: ReactNode;
  /** What the preview follows: the wizard's step (a section id, or "review") and the item being edited. */
  follow?: { step: string; item: EditingItem | null; page: boolean };
};

export function Preview({ draft, children, follow }: Props) {
  const [mode, setMode] = useState<PreviewMode>("rendered");
  const content = useRef<HTMLDivElement>(null);
  const deferredDraft = useDeferredValue(draft);
  const chunks = useMemo(() => reportChunks(deferredDraft), [deferredDraft]);
  const shown = useMemo(() => ({ chunks, mode }), [chunks, mode]);
  usePreviewFollow(content, follow?.step ?? "", follow?.item ?? null, follow?.page ?? false, shown);
  const stale = deferredDraft !== draft;

  return (
    <section
      aria-label="Preview"
      data-preview=""
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-700 dark:bg-slate-900 print:border-0 print:p-0 print:shadow-none"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <h2 className="text-base font-semibold text-slate-900 dark:text-slate-50">Preview</h2>
        <PreviewModeToggle mode={mode} onChange={setMode} />
      </div>
      {children}
      <div ref={content} aria-busy={stale} className={stale ? "opacity-90 transition-opacity" : undefined}>
        {mode === "rendered" ? (
          <Suspense fallback={<PlainReport chunks={chunks} />}>
            <RenderedReport chunks={chunks} />
          </Suspense>
        ) : (
          <pre
            aria-label="Report Markdown"
            tabIndex={0}
            className="max-h-[80vh] overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-mono text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-700 dark:bg-slate-950 dark:text-slate-200 dark:focus-visible:outline-blue-300 print:max-h-none print:overflow-visible"
          >
            {joinChunks(chunks)}
          </pre>
        )}
      </div>
    </section>
  );
}
