/** Where certificates come in: a drop zone, file pickers and a paste box. */
import { useId, useState, type DragEvent } from "react";

type Props = {
  disabled: boolean;
  onCertificateFiles(files: File[]): void;
  onCrlFiles(files: File[]): void;
  onPaste(text: string): void;
};

const FIELD = "block w-full text-sm text-slate-700 dark:text-slate-200 file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1.5 dark:file:bg-slate-700 dark:file:text-slate-100";

export function CertificateInputs({ disabled, onCertificateFiles, onCrlFiles, onPaste }: Props) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length) onCertificateFiles(files);
  }

  return (
    <div className="space-y-4">
      <div
        role="region"
        aria-label="Drop zone for certificate and CRL files"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={`rounded-lg border-2 border-dashed p-6 text-center text-sm ${
          dragging ? "border-blue-500 bg-blue-50 dark:bg-blue-950" : "border-slate-300 dark:border-slate-600"
        } text-slate-600 dark:text-slate-300`}
      >
        Drop certificate files here: PEM bundles, DER, precertificates, CRLs. Nothing leaves your browser.
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-certs`} className="mb-1 block text-sm font-medium">
            Certificate files
          </label>
          <input
            id={`${id}-certs`}
            type="file"
            multiple
            disabled={disabled}
            className={FIELD}
            onChange={(event) => {
              onCertificateFiles([...(event.target.files ?? [])]);
              event.target.value = "";
            }}
          />
        </div>
        <div>
          <label htmlFor={`${id}-crls`} className="mb-1 block text-sm font-medium">
            CRL files
          </label>
          <input
            id={`${id}-crls`}
            type="file"
            multiple
            disabled={disabled}
            className={FIELD}
            onChange={(event) => {
              onCrlFiles([...(event.target.files ?? [])]);
              event.target.value = "";
            }}
          />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-paste`} className="mb-1 block text-sm font-medium">
          Paste PEM
        </label>
        <textarea
          id={`${id}-paste`}
          rows={4}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          placeholder="-----BEGIN CERTIFICATE-----"
          className="w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
        <button
          type="button"
          disabled={disabled || pasted.trim() === ""}
          onClick={() => onPaste(pasted)}
          className="mt-1 rounded bg-slate-200 px-3 py-1.5 text-sm disabled:opacity-50 dark:bg-slate-700"
        >
          Read pasted PEM
        </button>
      </div>
    </div>
  );
}
