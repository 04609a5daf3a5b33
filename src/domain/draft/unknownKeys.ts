/**
 * Keys a newer version of the tool added to a draft: kept, not refused, when
 * the draft comes from this browser's storage (issue 24: two tabs on two
 * versions of the app share one draft). A draft file with an unknown key is
 * still refused (a typo is never silently dropped): only storage reads and
 * writes use this.
 */
import { migrate } from "./migrate.ts";
import { DraftSchema } from "./schema.ts";

export type UnknownKey = { path: ReadonlyArray<string | number>; key: string; value: unknown };

function holderAt(root: unknown, path: ReadonlyArray<string | number>): object | null {
  let holder: unknown = root;
  for (const part of path) holder = holder !== null && typeof holder === "object" ? Reflect.get(holder, part) : undefined;
  return holder !== null && typeof holder === "object" ? holder : null;
}

/**
 * The draft value without the keys this version does not know, and those
 * keys with where they were. Only unknown keys are taken out: any other
 * problem is left for the schema to report.
 */
export function splitUnknownKeys(value: unknown): { known: unknown; unknown: UnknownKey[] } {
  if (value === null || typeof value !== "object") return { known: value, unknown: [] };
  const known = structuredClone(migrate(value));
  const unknown: UnknownKey[] = [];
  // A few rounds: an object inside an unknown key's neighbour is only checked once its parent passes.
  for (let round = 0; round < 8; round++) {
    const result = DraftSchema.safeParse(known);
    const issues = result.success ? [] : result.error.issues.filter((issue) => issue.code === "unrecognized_keys");
    if (issues.length === 0) break;
    for (const issue of issues) {
      const holder = holderAt(known, issue.path.filter((p): p is string | number => typeof p !== "symbol"));
      if (!holder || issue.code !== "unrecognized_keys") continue;
      for (const key of issue.keys) {
        unknown.push({ path: issue.path.filter((p): p is string | number => typeof p !== "symbol"), key, value: Reflect.get(holder, key) });
        Reflect.deleteProperty(holder, key);
      }
    }
  }
  return { known, unknown };
}

/** `draft` with the unknown keys put back where they were, where that object still exists and has no such key. */
export function withUnknownKeys<T extends object>(draft: T, unknown: readonly UnknownKey[]): T {
  if (unknown.length === 0) return draft;
  const out = structuredClone(draft);
  for (const { path, key, value } of unknown) {
    const holder = holderAt(out, path);
    if (holder && !Object.hasOwn(holder, key)) Reflect.set(holder, key, value);
  }
  return out;
}

/** Whether `stored` has a key, at any depth, that `current` lacks: only then can it hold keys of a newer version (a cheap look before the schema's). */
export function mayHoldUnknownKeys(stored: unknown, current: unknown): boolean {
  if (stored === null || typeof stored !== "object" || current === null || typeof current !== "object") return false;
  if (Array.isArray(stored)) return Array.isArray(current) && stored.some((item, i) => mayHoldUnknownKeys(item, current[i]));
  return Object.keys(stored).some((key) => !Object.hasOwn(current, key) || mayHoldUnknownKeys(Reflect.get(stored, key), Reflect.get(current, key)));
}
