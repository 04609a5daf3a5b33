import { createFullStore, createUnavailableStore } from "./failingStore.ts";
import { createIdbStore } from "./idbStore.ts";
import type { KeyValueStore } from "./keyValueStore.ts";
import { createMemoryStore } from "./memoryStore.ts";

export type StorageFlag = "fail" | "full" | "memory";

/**
 * Whether the `storage` test flags work: in the dev server and in the
 * end-to-end build (`vite build --mode e2e`, see playwright.config.ts), never
 * in a production build, where `?storage=memory` would show "Saved" for a
 * draft that a reload loses. A constant at build time, so a production
 * bundle does not even hold the test stores.
 */
export const STORAGE_FLAGS_ENABLED = import.meta.env.DEV || import.meta.env.MODE === "e2e";

/**
 * The test flag a URL asks for, for testing the failure paths in a real browser:
 * - `?storage=fail`: every access fails (IndexedDB unavailable / private mode);
 * - `?storage=full`: reads work, every write fails with QuotaExceededError;
 * - `?storage=memory`: nothing leaves the tab (lost on reload).
 * Null when flags are off (`enabled`) or the URL asks for none.
 */
export function storageFlag(search: string, enabled: boolean): StorageFlag | null {
  if (!enabled) return null;
  const flag = new URLSearchParams(search).get("storage");
  return flag === "fail" || flag === "full" || flag === "memory" ? flag : null;
}

/** The store the app uses: IndexedDB, unless a test flag swaps it. */
export function storeFromUrl(search: string): KeyValueStore {
  if (!STORAGE_FLAGS_ENABLED) return createIdbStore();
  switch (storageFlag(search, true)) {
    case "fail":
      return createUnavailableStore();
    case "full":
      return createFullStore(createIdbStore());
    case "memory":
      return createMemoryStore();
    case null:
      return createIdbStore();
  }
}
