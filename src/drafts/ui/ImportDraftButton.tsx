import { lazy, Suspense, useState } from "react";
import type { Problem } from "../../domain/draft/problems.ts";
import { useDraftSession } from "../DraftSessionContext.tsx";
import { readDraftFileOffThread } from "../draftFile.ts";
import { FilePickerButton } from "../../ui/FilePickerButton.tsx";
import { Modal } from "./Modal.tsx";
import { BUTTON, PRIMARY } from "../../ui/styles.ts";
// Field names need the catalogue: loaded only when a file is refused.
const DraftProblemList = lazy(() => import("./DraftProblemList.tsx"));

type Failure = { fileName: string; problems: Problem[] };

const ImportMarkdownDialog = lazy(() => import("./ImportMarkdownDialog.tsx").then((m) => ({ default: m.ImportMarkdownDialog })));

/** A report rather than a draft file: Markdown or text, by its name or its type. */
function isReportFile(file: File): boolean {
  return /\.(?:md|markdown|txt)$/i.test(file.name) || file.type === "text/markdown" || file.type === "text/plain";
}

/**
 * Opens a draft file as a new draft; never replaces the open one. A bad file
 * gets a dialog listing every problem as `path: message`. A report (`.md`,
 * `.txt`) goes to the import of posted reports instead.
 */
export function ImportDraftButton({ onImported }: { onImported?(): void }) {
  const session = useDraftSession();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [report, setReport] = useState<string | null>(null);

  const importFile = async (file: File) => {
    if (isReportFile(file)) {
      // The report reader's checks load only when a report (not a draft) is given.
      const { readReportFile } = await import("../reportFile.ts");
      const read = await readReportFile(file);
      if (read.ok) setReport(read.text);
      else setFailure({ fileName: file.name, problems: [{ path: "", message: read.message }] });
      return;
    }
    const result = await readDraftFileOffThread(file);
    if (!result.ok) {
      setFailure({ fileName: file.name, problems: result.problems });
      return;
    }
    await session.create(result.draft);
    onImported?.();
  };

  return (
    <>
      <FilePickerButton
        className={BUTTON}
        accept=".json,application/json,.md,.markdown,.txt,text/markdown,text/plain"
        label="Import draft file"
        onFile={(file) => void importFile(file)}
      >
        Import draft
      </FilePickerButton>
      {report !== null && (
        <Suspense fallback={null}>
          <ImportMarkdownDialog open initialText={report} onClose={() => setReport(null)} />
        </Suspense>
      )}
      <Modal open={failure !== null} title="This file cannot be imported" role="alertdialog" onClose={() => setFailure(null)}>
        {failure && (
          <>
            <p className="mt-2 text-sm">
              <span className="font-medium break-all">{failure.fileName}</span> cannot be opened. Nothing was changed: the open draft is as it
              was.
            </p>
            <Suspense fallback={<p className="mt-3 text-sm">{failure.problems.length} problems</p>}>
              <DraftProblemList problems={failure.problems} />
            </Suspense>
            <form method="dialog" className="mt-4 flex justify-end">
              <button className={PRIMARY}>Close</button>
            </form>
          </>
        )}
      </Modal>
    </>
  );
}
