import { useState } from "react";
import { FilePickerButton } from "../../ui/FilePickerButton.tsx";
import { BUTTON } from "../../review/styles.ts";
import { loadNewerList } from "./incidentIndexStore.ts";

/**
 * "Use a newer list": a file from `ccadb-report incidents refresh`, read
 * here in the browser. A file that is not a bug list changes nothing.
 */
export function NewerListButton() {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const open = async (file: File) => {
    const result = await loadNewerList(file);
    setMessage(
      result.ok
        ? { error: false, text: `Using ${file.name}: ${result.count.toLocaleString("en")} ${result.count === 1 ? "bug" : "bugs"} filed up to ${result.retrieved}.` }
        : { error: true, text: `${file.name} is not a list of bugs this finder can use (${result.message}). The list in use is unchanged.` },
    );
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
