import { BUGZILLA_MAX_CHARS } from "../../domain/render/bugzilla.ts";
import { characterCount } from "./characterCount.ts";
import { formatCount } from "../../domain/text/formatCount.ts";

const LIMIT = formatCount(BUGZILLA_MAX_CHARS);

/** The report's length as Bugzilla counts it, amber near the limit, red (and announced) past it. */
export function CharacterCounter({ markdown }: { markdown: string }) {
  const { level, text } = characterCount(markdown);
  if (level === "error") {
    return (
      <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
        {text}: Bugzilla refuses a comment longer than {LIMIT} characters. Ways to make it fit are listed below.
      </p>
    );
  }
  if (level === "warn") {
    return (
      <p className="text-sm font-medium text-amber-800 dark:text-amber-300">
        {text}: close to Bugzilla's limit of {LIMIT}.
      </p>
    );
  }
  return <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400">{text}</p>;
}
