export type EditorView = "form" | "preview";

const LABELS = { form: "Form", preview: "Preview" } as const satisfies Record<EditorView, string>;

type Props = { view: EditorView; onChange(view: EditorView): void };

/** "Form | Preview" on narrow screens, where the preview would otherwise sit far below the form: one tap away. */
export function ViewSwitch({ view, onChange }: Props) {
  return (
    <div className="sticky top-0 z-10 -mx-4 bg-white/95 px-4 py-2 backdrop-blur-sm sm:-mx-6 sm:px-6 lg:hidden print:hidden dark:bg-slate-950/95">
      <div role="group" aria-label="Show" className="grid grid-cols-2 rounded-lg border border-slate-300 p-0.5 dark:border-slate-600">
        {(["form", "preview"] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => onChange(v)}
            className={`rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300 ${
              view === v ? "bg-blue-700 text-white dark:bg-blue-600" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
            }`}
          >
            {LABELS[v]}
          </button>
        ))}
      </div>
    </div>
  );
}
