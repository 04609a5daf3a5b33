import { useId, useState } from "react";
import { bugOfReport } from "../../domain/import/bugOfReport.ts";
import { importReport, type Unmapped } from "../../domain/import/importReport.ts";
import { useDraftSession } from "../DraftSessionContext.tsx";
import { Modal } from "./Modal.tsx";
import { BUTTON, PRIMARY } from "./styles.ts";

type Props = { open: boolean; onClose(): void };

const FIELD = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950";

/**
 * Paste (or load) the Markdown of a report posted on Bugzilla and open it as
 * a new draft; whatever could not be placed is listed, so it can be copied in by hand.
 */
export function ImportMarkdownDialog({ open, onClose }: Props) {
  const session = useDraftSession();
  const [markdown, setMarkdown] = useState("");
  const [summary, setSummary] = useState("");
  const [bugText, setBugText] = useState("");
  const [error, setError] = useState("");
  const [unmapped, setUnmapped] = useState<Unmapped[] | null>(null);
  const errorId = useId();

  const close = () => {
    setMarkdown("");
    setSummary("");
    setBugText("");
    setError("");
    setUnmapped(null);
    onClose();
  };

  const run = async () => {
    const result = importReport(markdown, summary.trim() ? { summaryLine: summary.trim() } : {});
    if ("notAReport" in result) {
      setError(`This is not a report: ${result.reason}.`);
      return;
    }
    setError("");
    const bug = bugOfReport(markdown, bugText);
    await session.create(bug === null ? result.draft : { ...result.draft, bug });
    setUnmapped(result.unmapped);
  };

  return (
    <Modal open={open} title={unmapped ? "Report imported as a new draft" : "Import Markdown report"} onClose={close}>
      {unmapped ? (
        <>
          {unmapped.length === 0 ? (
            <p className="mt-2 text-sm">Every part of the report was placed in the draft.</p>
          ) : (
            <>
              <p className="mt-2 text-sm">These parts could not be placed. Copy them into the draft by hand where they belong:</p>
              <ul aria-label="Parts not placed" className="mt-3 max-h-72 list-disc space-y-1 overflow-auto pl-5 text-sm break-words">
                {unmapped.map((part, i) => (
                  <li key={i}>
                    Line {part.line}: <span className="font-mono">{part.text}</span> ({part.reason})
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="mt-4 flex justify-end">
            <button type="button" className={PRIMARY} onClick={close}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form
          className="mt-3 space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Markdown report</span>
            <textarea
              required
              rows={10}
              value={markdown}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => setMarkdown(e.target.value)}
              className={`${FIELD} font-mono`}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Load a .md file</span>
            <input
              type="file"
              accept=".md,.markdown,.txt,text/markdown,text/plain"
              className="text-sm"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) void file.text().then(setMarkdown);
              }}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Bugzilla summary line (optional)</span>
            <input value={summary} onChange={(e) => setSummary(e.target.value)} placeholder="CA Owner: brief title" className={FIELD} />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Bug number or address (optional)</span>
            <input value={bugText} onChange={(e) => setBugText(e.target.value)} placeholder="https://bugzilla.mozilla.org/show_bug.cgi?id=1234567" className={FIELD} />
          </label>
          {error && (
            <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className={BUTTON} onClick={close}>
              Cancel
            </button>
            <button type="submit" className={PRIMARY}>
              Import as new draft
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
