import { useId, useState } from "react";
import { bugOfReport } from "../../domain/import/bugOfReport.ts";
import { importReport, type FoundReport } from "../../domain/import/importReport.ts";
import { reportTextProblem, utf8Length } from "../../domain/import/reportInput.ts";
import { importSummary, type ImportSummary } from "../../domain/import/summary.ts";
import { sizeProblem } from "../../domain/limits/inputLimits.ts";
import { readReportFile } from "../reportFile.ts";
import { useDraftSession } from "../DraftSessionContext.tsx";
import { Modal } from "./Modal.tsx";
import { ReportChoice } from "./ReportChoice.tsx";
import { BUTTON, PRIMARY } from "../../ui/styles.ts";

type Props = { open: boolean; onClose(): void; initialText?: string };

const FIELD = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950";

/**
 * Paste (or load) a report posted on Bugzilla, as Markdown or as text copied
 * from the bug's page, and open it as a new draft. Then says what was placed
 * and how much was set aside (listed in the wizard, to be placed by hand).
 */
export function ImportMarkdownDialog({ open, onClose, initialText = "" }: Props) {
  const session = useDraftSession();
  const [markdown, setMarkdown] = useState(initialText);
  const [summary, setSummary] = useState("");
  const [bugText, setBugText] = useState("");
  const [error, setError] = useState("");
  const [result, setResult] = useState<ImportSummary | null>(null);
  /** A paste with several reports (a whole bug page): the reports found, and which one to read. */
  const [choices, setChoices] = useState<FoundReport[] | null>(null);
  const [choice, setChoice] = useState(0);
  const errorId = useId();

  const close = () => {
    setMarkdown("");
    setSummary("");
    setBugText("");
    setError("");
    setResult(null);
    setChoices(null);
    onClose();
  };

  const run = async () => {
    const refused = reportTextProblem(markdown, "The report");
    if (refused) {
      setError(`${refused}.`);
      return;
    }
    const imported = importReport(markdown, { ...(summary.trim() ? { summaryLine: summary.trim() } : {}), ...(choices ? { report: choice } : {}) });
    if ("notAReport" in imported) {
      setError(`This is not an incident report: ${imported.reason}.`);
      return;
    }
    setError("");
    if (!choices && imported.reports && imported.reports.length > 1) {
      // The user picks; the most complete report is offered first.
      setChoices(imported.reports);
      setChoice(imported.read ?? 0);
      return;
    }
    const bug = bugOfReport(markdown, bugText);
    const draft = bug === null ? imported.draft : { ...imported.draft, bug };
    await session.create(draft);
    setResult(importSummary(draft, imported));
  };

  return (
    <Modal open={open} title={result ? "Report imported as a new draft" : "Import a posted report"} onClose={close}>
      {result ? (
        <>
          <p className="mt-2 text-sm">
            Read as a <span className="font-medium">{result.kind}</span>.{" "}
            {result.placed.length > 0 ? "Placed in the draft:" : "Nothing could be placed in a field."}
          </p>
          {result.placed.length > 0 && (
            <ul aria-label="Placed in the draft" className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
              {result.placed.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {result.freeText && (
            <p className="mt-3 text-sm font-medium">
              Read as free text: no report template was found, so the whole text is the Incident description. Check every field.
            </p>
          )}
          <p className="mt-3 text-sm" role="status">
            {result.setAside === 0
              ? "Nothing was set aside: every part of the report is in a field."
              : `${result.setAside} ${result.setAside === 1 ? "piece was" : "pieces were"} set aside. ${result.setAside === 1 ? "It is" : "They are"} listed above the form under \u201cFrom the imported report, not placed yet\u201d: move each into a field, or discard it.`}
          </p>
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
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Paste the report&apos;s Markdown, or the text of its comment (or of the whole bug page) copied from the bug&apos;s page. Preliminary, Full and Closure reports, the v2.0 template
            and the older question format are read; nothing is uploaded.
          </p>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Posted report</span>
            <textarea
              required
              rows={10}
              value={markdown}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => {
                setMarkdown(e.target.value);
                setChoices(null);
              }}
              onPaste={(event) => {
                // Refused before the browser puts megabytes into the box (which alone can freeze the tab for minutes).
                const pasted = event.clipboardData.getData("text/plain");
                const tooLarge = sizeProblem("markdown", utf8Length(pasted), "The pasted text");
                if (tooLarge) {
                  event.preventDefault();
                  setError(`${tooLarge}.`);
                }
              }}
              className={`${FIELD} font-mono`}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Or load a .md or .txt file</span>
            <input
              type="file"
              accept=".md,.markdown,.txt,text/markdown,text/plain"
              className="text-sm"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (!file) return;
                void readReportFile(file).then((read) => {
                  setError(read.ok ? "" : `${read.message}.`);
                  if (read.ok) {
                    setMarkdown(read.text);
                    setChoices(null);
                  }
                });
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
          {choices && <ReportChoice reports={choices} chosen={choice} onChoose={setChoice} />}
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
              {choices ? "Import the chosen report" : "Import as new draft"}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}

