import { createFullStore, createUnavailableStore } from "./failingStore.ts";
import { createIdbStore } from "./idbStore.ts";
import type { KeyValueStore } from "./keyValueStore.ts";
import { createMemoryStore } from "./memoryStore.ts";

/**
 * The store the app uses. A `storage` URL parameter swaps it, for testing the
 * failure paths in a real browser:
 * - `?storage=fail`: every access fails (IndexedDB unavailable / private mode);
 * - `?storage=full`: reads work, every write fails with QuotaExceededError;
 * - `?storage=memory`: nothing leaves the tab (lost on reload).
 */
export function storeFromUrl(search: string): KeyValueStore {
  switch (new URLSearchParams(search).get("storage")) {
    case "fail":
      return createUnavailableStore();
    case "full":
      return createFullStore(createIdbStore());
    case "memory":
      return createMemoryStore();
    default:
      return createIdbStore();
  }
}
