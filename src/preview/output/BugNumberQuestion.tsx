import { useId, useState } from "react";
import { parseBugNumber } from "../../domain/draft/bugNumber.ts";

const FIELD =
  "w-40 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";
const BUTTON =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";

/** After filing: the bug's number, typed or pasted as its address, recorded in the draft. */
export function BugNumberQuestion({ onRecord }: { onRecord(bug: number): void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const inputId = useId();
  const errorId = useId();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const bug = parseBugNumber(text);
        if (bug === null) {
          setError("Write the bug number, e.g. 1234567, or paste the bug's address.");
          return;
        }
        setError("");
        onRecord(bug);
      }}
    >
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={inputId} className="font-medium">
          Which bug number did Bugzilla give it?
        </label>
        <input
          id={inputId}
          className={FIELD}
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="submit" className={BUTTON}>
        Save bug number
      </button>
      {error && (
        <p id={errorId} role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
