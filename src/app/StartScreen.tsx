import { useState } from "react";
import { newDraftFor } from "../domain/draft/newDraft.ts";
import { loadExample } from "./startDraft.ts";
import { EXAMPLE_INFO as EXAMPLES, type ExampleId } from "../domain/examples/catalog.ts";
import type { Draft } from "../domain/draft/schema.ts";
import { REPORT_CHOICES } from "./reportChoices.ts";

/** Choose the report to write, or load a complete example to see what a good one looks like. */
export function StartScreen({ onStart, onImport }: { onStart(draft: Draft): void; onImport(): void }) {
  const [example, setExample] = useState<ExampleId>(EXAMPLES[0].id);
  return (
    <div className="mx-auto max-w-4xl space-y-10 py-6">
      <section aria-labelledby="start-heading" className="space-y-4">
        <h2 id="start-heading" className="text-2xl font-semibold tracking-tight">
          Which report are you writing?
        </h2>
        <p className="text-slate-600 dark:text-slate-400">
          The templates and rules of the CCADB Incident Reporting Guidelines v3.2. Everything stays in this browser; nothing is uploaded.
        </p>
        <ul className="grid gap-3 sm:grid-cols-2">
          {REPORT_CHOICES.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                onClick={() => onStart(newDraftFor(choice.kind, choice.author))}
                className="h-full w-full rounded-xl border border-slate-200 bg-white p-5 text-left shadow-xs hover:border-blue-600 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-700 dark:bg-slate-900"
              >
                <span className="block text-base font-semibold">{choice.label}</span>
                <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{choice.when}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="import-heading" className="space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-700">
        <h2 id="import-heading" className="text-lg font-semibold">
          Continue a report already on Bugzilla
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Paste a Preliminary or Full report posted on the bug (its Markdown, or the text copied from the bug&apos;s page, any template version) to write the
          Full report, the updates or the Closure Summary from it. Nothing it says is dropped.
        </p>
        <button
          type="button"
          onClick={onImport}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800"
        >
          Import a posted report
        </button>
      </section>
      <section aria-labelledby="example-heading" className="space-y-3 rounded-xl bg-slate-50 p-5 dark:bg-slate-900">
        <h2 id="example-heading" className="text-lg font-semibold">
          Or start from an example
        </h2>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm">
            <span className="font-medium">Example report</span>
            <select
              value={example}
              onChange={(e) => setExample(EXAMPLES.find((x) => x.id === e.target.value)?.id ?? EXAMPLES[0].id)}
              className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-950"
            >
              {EXAMPLES.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => void loadExample(example).then(onStart)}
            className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
          >
            Load example
          </button>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">{EXAMPLES.find((x) => x.id === example)?.description}</p>
      </section>
    </div>
  );
}
