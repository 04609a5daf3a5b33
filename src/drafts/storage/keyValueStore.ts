/**
 * The one interface drafts storage needs from the browser. IndexedDB
 * (idb-keyval) implements it in the app; an in-memory map implements it in
 * tests; a failing one lets end-to-end tests force storage errors.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /**
   * Reads and writes one key in a single transaction, so two tabs cannot
   * interleave between the read and the write: the basis of compare-and-set.
   * Returning `undefined` from `updater` deletes nothing; it stores `undefined`.
   */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
}

/** A storage access that failed, with a sentence for the banner. */
export class StorageError extends Error {
  readonly reason: string;
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = "StorageError";
    this.reason = reason;
  }
}

/** What went wrong, in the user's words; browsers name the cases with DOMException names. */
export function describeStorageError(error: unknown): string {
  if (error instanceof StorageError) return error.reason;
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  switch (name) {
    case "QuotaExceededError":
      return "the browser's storage for this site is full (quota exceeded)";
    case "InvalidStateError":
    case "SecurityError":
    case "NotAllowedError":
      return "the browser does not allow storage here (private browsing, or site data blocked)";
    case "UnknownError":
    case "AbortError":
      return "the browser's database failed (IndexedDB error)";
    default:
      return error instanceof Error && error.message ? `storage failed: ${error.message}` : "storage failed";
  }
}

/** Runs one storage access; every failure becomes a `StorageError`. */
export async function guarded<T>(access: () => Promise<T>): Promise<T> {
  try {
    return await access();
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(describeStorageError(error), { cause: error });
  }
}
