export const PREVIEW_MODES = ["rendered", "markdown"] as const;
export type PreviewMode = (typeof PREVIEW_MODES)[number];

const LABELS = { rendered: "Rendered", markdown: "Markdown" } as const satisfies Record<PreviewMode, string>;

type Props = { mode: PreviewMode; onChange: (mode: PreviewMode) => void };

/** Two toggle buttons: the rendered report, or the raw Markdown that will be pasted. */
export function PreviewModeToggle({ mode, onChange }: Props) {
  return (
    <div role="group" aria-label="Preview format" className="inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-600 print:hidden">
      {PREVIEW_MODES.map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          onClick={() => onChange(m)}
          className={`rounded-md px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300 ${
            mode === m
              ? "bg-blue-700 text-white dark:bg-blue-600"
              : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
          }`}
        >
          {LABELS[m]}
        </button>
      ))}
    </div>
  );
}
