import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

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

// Relative base so the built app also works from a file share or any sub-path.
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [react(), tailwindcss(), contentSecurityPolicy(mode)],
  worker: { format: "es" },
  // `vite preview --mode e2e` (playwright.config.ts) sends the e2e build's policy.
  preview: { headers: deploymentHeaders(mode) },
}));
