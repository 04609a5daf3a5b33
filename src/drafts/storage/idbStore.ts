import { createStore, del, get, promisifyRequest, type UseStore } from "idb-keyval";
import type { KeyValueStore } from "./keyValueStore.ts";

/** Our own database, so nothing else on the origin shares (or clears) it. */
export const DATABASE_NAME = "ccadb-incident-report";
export const STORE_NAME = "drafts";

/**
 * Commits at once instead of when the event loop comes back: a save flushed
 * on `pagehide` must reach the database before the page is gone.
 */
function commit(store: IDBObjectStore): Promise<void> {
  const done = promisifyRequest(store.transaction).then(() => undefined);
  store.transaction.commit?.();
  return done;
}

/**
 * IndexedDB through idb-keyval. Opening is lazy and can fail later (private
 * mode, blocked site data): callers wrap every access with `guarded`.
 */
export function createIdbStore(): KeyValueStore {
  let store: UseStore | null = null;
  // createStore calls indexedDB.open at once, which throws where IndexedDB is missing.
  const open = (): UseStore => (store ??= createStore(DATABASE_NAME, STORE_NAME));
  return {
    get: async (key) => get<unknown>(key, open()),
    set: async (key, value) =>
      open()("readwrite", (objects) => {
        objects.put(value, key);
        return commit(objects);
      }),
    del: async (key) => del(key, open()),
    // idb-keyval's update, plus the early commit.
    update: async (key, updater) =>
      open()(
        "readwrite",
        (objects) =>
          new Promise<void>((resolve, reject) => {
            const read = objects.get(key);
            read.onerror = () => reject(read.error);
            read.onsuccess = () => {
              try {
                objects.put(updater(read.result), key);
                commit(objects).then(resolve, reject);
              } catch (error) {
                objects.transaction.abort();
                reject(error);
              }
            };
          }),
      ),
  };
}
