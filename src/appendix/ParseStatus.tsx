/** Progress and problems of the last read. */
import type { Problem } from "../domain/appendix/problems.ts";
import { formatProblem } from "../domain/appendix/problems.ts";
import { formatCount } from "../domain/text/formatCount.ts";
import type { ParserState } from "./useAppendixParser.ts";

export function ParseStatus({ parser }: { parser: ParserState }) {
  const { busy, progress, error } = parser;
  let text = "";
  if (busy && progress) {
    text = `Reading ${progress.file} (file ${progress.filesDone + 1} of ${progress.filesTotal}${progress.items ? `, ${formatCount(progress.items)} items` : ""})…`;
  } else if (busy) text = "Reading…";
  else if (error) text = `Reading failed: ${error}`;
  return (
    <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600 dark:text-slate-300">
      {text}
    </p>
  );
}

export function ProblemList({ problems, notListed = 0 }: { problems: readonly Problem[]; notListed?: number }) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 200);
  const total = problems.length + notListed;
  return (
    <section aria-labelledby="appendix-problems" className="rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
      <h3 id="appendix-problems" className="text-sm font-semibold text-amber-900 dark:text-amber-200">
        {total === 1 ? "1 problem" : `${formatCount(total)} problems`}: everything else was kept
      </h3>
      <ul className="mt-1 list-disc pl-5 text-sm text-amber-900 dark:text-amber-100">
        {shown.map((problem, i) => (
          <li key={i}>{formatProblem(problem)}</li>
        ))}
      </ul>
      {problems.length > shown.length && <p className="text-sm">…and {formatCount(problems.length - shown.length)} more.</p>}
    </section>
  );
}
