/**
 * Older draft files are brought up to the current version before the schema
 * sees them. Users keep their drafts, so a file written by an older version
 * of the tool must keep opening (`shared/spec/draft-format.md`: renaming or
 * removing a field needs a new version and a migration).
 */
import { DRAFT_VERSION } from "./schema.ts";

/** Turns a draft of version `n` into one of version `n + 1`. */
type Step = (draft: Record<string, unknown>) => Record<string, unknown>;

/**
 * One step per old version, keyed by the version it upgrades from. Version 1
 * is current, so there are none yet; version 2 adds `1: (draft) => ...`.
 */
const STEPS: Readonly<Partial<Record<number, Step>>> = {};

/** The draft's `version`, when it is a whole number. */
export function versionOf(value: unknown): number | null {
  if (value === null || typeof value !== "object") return null;
  const version: unknown = Reflect.get(value, "version");
  return typeof version === "number" && Number.isInteger(version) ? version : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The same draft in the current version. Anything this cannot upgrade (not an
 * object, no version, a newer version, a gap in the steps) is returned as it
 * is, for the schema to reject with a precise message.
 */
export function migrate(value: unknown): unknown {
  if (!isRecord(value)) return value;
  let draft = value;
  let version = versionOf(draft);
  while (version !== null && version < DRAFT_VERSION) {
    const step = STEPS[version];
    if (step === undefined) return draft;
    draft = { ...step(draft), version: version + 1 };
    version += 1;
  }
  return draft;
}
