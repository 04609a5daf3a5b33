import { ToggleButtons } from "../ui/ToggleButtons.tsx";

export type EditorView = "form" | "preview";

const VIEWS = ["form", "preview"] as const satisfies readonly EditorView[];
const LABELS = { form: "Form", preview: "Preview" } as const satisfies Record<EditorView, string>;

type Props = { view: EditorView; onChange(view: EditorView): void };

/** "Form | Preview" on narrow screens, where the preview would otherwise sit far below the form: one tap away. */
export function ViewSwitch({ view, onChange }: Props) {
  return (
    <div className="sticky top-0 z-10 -mx-4 bg-white/95 px-4 py-2 backdrop-blur-sm sm:-mx-6 sm:px-6 lg:hidden print:hidden dark:bg-slate-950/95">
      <ToggleButtons label="Show" options={VIEWS} labels={LABELS} value={view} onChange={onChange} className="grid grid-cols-2" />
    </div>
  );
}
