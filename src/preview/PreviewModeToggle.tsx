import { ToggleButtons } from "../ui/ToggleButtons.tsx";

export const PREVIEW_MODES = ["rendered", "markdown"] as const;
export type PreviewMode = (typeof PREVIEW_MODES)[number];

const LABELS = { rendered: "Rendered", markdown: "Markdown" } as const satisfies Record<PreviewMode, string>;

type Props = { mode: PreviewMode; onChange: (mode: PreviewMode) => void };

/** Two toggle buttons: the rendered report, or the raw Markdown that will be pasted. */
export function PreviewModeToggle({ mode, onChange }: Props) {
  return <ToggleButtons label="Preview format" options={PREVIEW_MODES} labels={LABELS} value={mode} onChange={onChange} className="inline-flex print:hidden" />;
}
