import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from "react";
import type { AppWorker } from "./appWorker.ts";

// Only a page that has something to say loads the notice (the first download stays small).
const UpdateBanner = lazy(() => import("./UpdateBanner.tsx"));

const NO_WORKER: AppWorker = { subscribe: () => () => undefined, getState: () => "none", apply: async () => undefined };

// One registration per page, whatever React mounts twice (StrictMode).
let registered: Promise<AppWorker> | null = null;

function register(): Promise<AppWorker> {
  // The dev server has no sw.js; a browser without service workers just needs the network.
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return Promise.resolve(NO_WORKER);
  registered ??= import("./appWorker.ts").then((m) => m.registerAppWorker(navigator.serviceWorker)).catch(() => NO_WORKER);
  return registered;
}

/** Registers the service worker, and says when a new version is ready (UpdateBanner). */
export function UpdateNotice() {
  const [worker, setWorker] = useState<AppWorker>(NO_WORKER);
  useEffect(() => {
    let live = true;
    void register().then((w) => live && setWorker(w));
    return () => {
      live = false;
    };
  }, []);
  const state = useSyncExternalStore(worker.subscribe, worker.getState);
  if (state === "none") return null;
  return (
    <Suspense fallback={null}>
      <UpdateBanner worker={worker} state={state} />
    </Suspense>
  );
}
