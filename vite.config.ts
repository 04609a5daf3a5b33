import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * "Read bug N from Bugzilla" (issue 21) is the one connection to another
 * origin, to exactly this one. The end-to-end build (`--mode e2e`) also lets
 * the page reach this machine, where the test's local Bugzilla listens on a
 * port of its own (src/wizard/incident/bugzillaBase.ts takes its address only
 * in that build).
 */
const BUGZILLA_ORIGIN = "https://bugzilla.mozilla.org";
const connectSrc = (mode: string) => `connect-src 'self' ${BUGZILLA_ORIGIN}${mode === "e2e" ? " http://127.0.0.1:*" : ""}`;

/**
 * Incident drafts can be security-sensitive: the built app forbids every
 * other connection to another origin. Only on build, because the dev server's
 * React refresh needs an inline script and a websocket.
 */
const contentSecurityPolicyFor = (mode: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    connectSrc(mode),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

function contentSecurityPolicy(mode: string): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicyFor(mode) },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * What a host should send with the built app (the README's "Deploying" lists
 * them; `vite preview` sends them, and e2e/smoke.spec.ts reads them). A meta
 * CSP cannot say `frame-ancestors`, so framing (clickjacking) needs the header.
 */
const deploymentHeaders = (mode: string) => ({
  "Content-Security-Policy": `${contentSecurityPolicyFor(mode)}; frame-ancestors 'none'`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
});
export const DEPLOYMENT_HEADERS = deploymentHeaders("production");

/** The header's colours (index.html's theme-color metas say the same per colour scheme). */
export const THEME_COLORS = { light: "#ffffff", dark: "#020617" };

/**
 * The service worker (issue 24): Workbox precaches every file of the build
 * (lazy chunks, the certificate Web Worker, the related-incidents list, icons)
 * and serves index.html for navigations, so after one visit the app opens
 * with the network off. There is no runtime caching at all: a request for
 * anything not in the build (another origin such as bugzilla.mozilla.org
 * included) is not answered by the worker and goes to the network as if there
 * were none. Updates wait until the user accepts them
 * (src/app/update/UpdateNotice.tsx registers the worker with workbox-window)
 * or every tab of the app is closed.
 */
function serviceWorker() {
  return VitePWA({
    registerType: "prompt",
    injectRegister: false,
    filename: "sw.js",
    // The icons are in public/, which globPatterns precaches already.
    includeManifestIcons: false,
    manifest: {
      name: "CCADB Incident Report Writer",
      short_name: "Incident Reports",
      description: "Write CCADB incident reports that are complete and render right in Bugzilla.",
      // Relative to the manifest, which sits beside index.html: the app works under any path.
      start_url: "./",
      scope: "./",
      id: "./",
      display: "standalone",
      theme_color: "#1e3a8a",
      background_color: THEME_COLORS.light,
      icons: [
        { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
        { src: "icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "icons/icon.svg", sizes: "any", type: "image/svg+xml" },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{html,js,css,json,svg,png}"],
      navigateFallback: "index.html",
      cleanupOutdatedCaches: true,
      // The workbox runtime is inlined: one file to fetch, nothing imported at run time.
      inlineWorkboxRuntime: true,
      runtimeCaching: [],
    },
  });
}

// Relative base so the built app also works from a file share or any sub-path.
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [react(), tailwindcss(), contentSecurityPolicy(mode), serviceWorker()],
  worker: { format: "es" },
  // `vite preview --mode e2e` (playwright.config.ts) sends the e2e build's policy.
  preview: { headers: deploymentHeaders(mode) },
}));
