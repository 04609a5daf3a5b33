import { BUGZILLA_MAX_CHARS, BUGZILLA_WARN_CHARS, bugzillaLength } from "../../domain/render/bugzilla.ts";
import { formatCount } from "../../domain/text/formatCount.ts";

export type CountLevel = "ok" | "warn" | "error";

export type CharacterCount = { count: number; level: CountLevel; text: string };


/** "N / 65,535 characters", counted as Bugzilla counts, and how close to the limit that is. */
export function characterCount(markdown: string): CharacterCount {
  const count = bugzillaLength(markdown);
  const level: CountLevel = count > BUGZILLA_MAX_CHARS ? "error" : count > BUGZILLA_WARN_CHARS ? "warn" : "ok";
  return { count, level, text: `${formatCount(count)} / ${formatCount(BUGZILLA_MAX_CHARS)} characters` };
}
