/**
 * Tabs of the app tell each other when they save or delete a draft:
 * BroadcastChannel, or `storage` events where it is missing. Only ids and
 * revisions travel, never draft content.
 */
export type TabMessage = { type: "saved"; id: string; revision: number } | { type: "deleted"; id: string } | { type: "listChanged" };

const NAME = "ccadb-incident-report-drafts";

export function isTabMessage(value: unknown): value is TabMessage {
  if (value === null || typeof value !== "object") return false;
  const type: unknown = Reflect.get(value, "type");
  const id: unknown = Reflect.get(value, "id");
  if (type === "listChanged") return true;
  if (type === "deleted") return typeof id === "string";
  return type === "saved" && typeof id === "string" && typeof Reflect.get(value, "revision") === "number";
}

export type TabChannel = { post(message: TabMessage): void; close(): void };

/** A channel to the other tabs of this origin; does nothing where neither mechanism exists. */
export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  try {
    if (typeof BroadcastChannel === "function") {
      const channel = new BroadcastChannel(NAME);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if (isTabMessage(event.data)) onMessage(event.data);
      };
      return {
        post: (message) => {
          try {
            channel.postMessage(message);
          } catch {
            // A closed channel: the other tabs still find out through compare-and-set.
          }
        },
        close: () => channel.close(),
      };
    }
  } catch {
    // Fall through to storage events.
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== NAME || event.newValue === null) return;
    try {
      const value: unknown = JSON.parse(event.newValue);
      if (isTabMessage(value)) onMessage(value);
    } catch {
      // Not ours.
    }
  };
  window.addEventListener("storage", onStorage);
  return {
    post: (message) => {
      try {
        // A nonce makes every message a change, so the event fires even for a repeat.
        localStorage.setItem(NAME, JSON.stringify({ ...message, nonce: Math.random() }));
      } catch {
        // localStorage blocked: compare-and-set still refuses stale writes.
      }
    },
    close: () => window.removeEventListener("storage", onStorage),
  };
}
