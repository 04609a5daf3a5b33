import type { KeyValueStore } from "./keyValueStore.ts";

/**
 * An in-memory `KeyValueStore` for tests. Values are structured-cloned on the
 * way in and out, as IndexedDB does, so a test cannot pass by sharing objects.
 */
export function createMemoryStore(initial: Iterable<[string, unknown]> = []): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial);
  return {
    data,
    async get(key) {
      return structuredClone(data.get(key));
    },
    async set(key, value) {
      data.set(key, structuredClone(value));
    },
    async del(key) {
      data.delete(key);
    },
    async update(key, updater) {
      data.set(key, structuredClone(updater(structuredClone(data.get(key)))));
    },
  };
}
