import type { Draft } from "../../domain/draft/schema.ts";
import { tooLong } from "../../domain/posting/tooLong.ts";
import { formatCount } from "../../domain/text/formatCount.ts";

/** Past Bugzilla's limit: the guidelines' ways to make the report fit in one comment. */
export function TooLongAdvice({ draft, markdown }: { draft: Draft; markdown: string }) {
  const result = tooLong(draft, markdown);
  if (result === null) return null;
  return (
    <section aria-labelledby="too-long" className="space-y-1 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100">
      <h3 id="too-long" className="font-semibold">
        {formatCount(result.over)} characters too long for one Bugzilla comment. Ways to make it fit:
      </h3>
      <ul className="list-disc space-y-1 pl-5">
        {result.alternatives.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}
