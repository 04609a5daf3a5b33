import { useRef, useState } from "react";
import { formatCount } from "../../domain/text/formatCount.ts";
import { FilePickerButton } from "../../ui/FilePickerButton.tsx";
import { BUTTON } from "../../ui/panelStyles.ts";
import { loadNewerList, type NewerListProgress } from "./incidentIndexStore.ts";

/**
 * "Use a newer list": a file from `ccadb-report incidents refresh`, read
 * here in the browser (in a worker, then indexed in slices, with progress
 * and Cancel). A file that is not a bug list changes nothing.
 */
export function NewerListButton() {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [progress, setProgress] = useState<{ name: string; at: NewerListProgress } | null>(null);
  const loading = useRef<AbortController | null>(null);
  const open = async (file: File) => {
    loading.current?.abort();
    const controller = new AbortController();
    loading.current = controller;
    setMessage(null);
    setProgress({ name: file.name, at: { stage: "reading" } });
    const result = await loadNewerList(file, controller.signal, (at) => setProgress({ name: file.name, at }));
    // A later choice took over: its own messages follow.
    if (loading.current !== controller) return;
    loading.current = null;
    setProgress(null);
    if (result.ok) setMessage({ error: false, text: `Using ${file.name}: ${result.count.toLocaleString("en")} ${result.count === 1 ? "bug" : "bugs"} filed up to ${result.retrieved}.` });
    else if ("cancelled" in result) setMessage({ error: false, text: `${file.name} was not loaded (cancelled). The list in use is unchanged.` });
    else setMessage({ error: true, text: `${file.name} is not a list of bugs this finder can use (${result.message}). The list in use is unchanged.` });
  };
  return (
    <>
      <FilePickerButton
        className={BUTTON}
        accept=".json,application/json"
        label="Newer list of bugs (from ccadb-report incidents refresh)"
        onFile={(file) => void open(file)}
      >
        Use a newer list…
      </FilePickerButton>
      {progress && (
        <p role="status" className="flex w-full flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          {progress.at.stage === "reading"
            ? `Reading ${progress.name}…`
            : `Indexing ${progress.name}: ${formatCount(progress.at.done)} of ${formatCount(progress.at.total)} bugs…`}
          <button type="button" className={BUTTON} onClick={() => loading.current?.abort()}>
            Cancel
          </button>
        </p>
      )}
      {message && (
        <p role={message.error ? "alert" : "status"} className={`w-full text-sm ${message.error ? "text-red-700 dark:text-red-400" : "text-slate-700 dark:text-slate-300"}`}>
          {message.text}
        </p>
      )}
      <p className="w-full text-xs text-slate-600 dark:text-slate-400">
        Make one with <code>npx ccadb-report incidents refresh --out ca-compliance-bugs.json</code>: the finder itself never contacts Bugzilla.
      </p>
    </>
  );
}
