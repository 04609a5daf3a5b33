/**
 * The problems of a draft file or stored draft that does not match the draft
 * format, named as the report names fields. Loaded only when such a draft
 * turns up: the field names need the catalogue, which the Start screen and
 * the header do not.
 */
import { describeProblem } from "../../domain/draft/fieldTitle.ts";
import type { Problem } from "../../domain/draft/problems.ts";

export default function DraftProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul aria-label="Problems" className="mt-3 max-h-64 list-disc space-y-1 overflow-auto pl-5 font-mono text-sm break-words">
      {problems.map((problem, i) => (
        <li key={i}>{describeProblem(problem)}</li>
      ))}
    </ul>
  );
}
