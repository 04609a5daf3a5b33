/**
 * The app's service worker (`sw.js`, built by vite-plugin-pwa, see
 * vite.config.ts), registered with workbox-window. A new version never
 * replaces the running one on its own: it waits until the user accepts it
 * here, or until every tab of the app is closed (the next start uses it).
 */
import { Workbox } from "workbox-window";

/**
 * `ready`: a newer version is installed and waits for the user's click.
 * `elsewhere`: another tab accepted it; this tab still runs the old one.
 */
export type UpdateState = "none" | "ready" | "elsewhere";

export type AppWorker = {
  subscribe(listener: () => void): () => void;
  getState(): UpdateState;
  /** Save first (`beforeReload`), then switch to the new version and reload this tab. */
  apply(beforeReload: () => Promise<void>): Promise<void>;
};

/** How often a tab left open asks the server for a new version, besides coming online or back into view. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerAppWorker(container: ServiceWorkerContainer): AppWorker {
  const workbox = new Workbox("./sw.js", { scope: "./" });
  const listeners = new Set<() => void>();
  let state: UpdateState = "none";
  let applying = false;
  const set = (next: UpdateState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  // Also fired when the waiting version was installed by another tab or an earlier visit.
  workbox.addEventListener("waiting", () => set("ready"));
  // Without clients.claim() the controller only changes when a waiting version is told to
  // take over: by this tab's click (reload now, the user asked) or another tab's (say so).
  const hadController = container.controller !== null;
  container.addEventListener("controllerchange", () => {
    if (applying) window.location.reload();
    else if (hadController) set("elsewhere");
  });

  const check = () => {
    // Offline, or the server is unreachable: the next check tries again.
    workbox.update().catch(() => undefined);
  };
  window.addEventListener("online", check);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") check();
  });
  window.setInterval(check, CHECK_EVERY_MS);
  // Registration waits for the page's load event, so a first visit's downloads come first.
  workbox.register().catch(() => undefined);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    async apply(beforeReload) {
      await beforeReload();
      if (state === "elsewhere") {
        window.location.reload();
        return;
      }
      applying = true;
      const registration = await container.getRegistration("./");
      if (registration?.waiting) workbox.messageSkipWaiting();
      else window.location.reload();
    },
  };
}
