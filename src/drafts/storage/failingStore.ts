import type { KeyValueStore } from "./keyValueStore.ts";

/** Every access fails, as IndexedDB does in some private modes or when site data is blocked. */
export function createUnavailableStore(): KeyValueStore {
  const fail = async (): Promise<never> => {
    throw new DOMException("IndexedDB is unavailable (forced by ?storage=fail)", "InvalidStateError");
  };
  return { get: fail, set: fail, del: fail, update: fail };
}

/** Reads work, writes fail with a quota error, as on a full disk. */
export function createFullStore(inner: KeyValueStore): KeyValueStore {
  const full = async (): Promise<never> => {
    throw new DOMException("The quota has been exceeded (forced by ?storage=full)", "QuotaExceededError");
  };
  return { get: (key) => inner.get(key), set: full, del: full, update: full };
}
