import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

/**
 * Incident drafts can be security-sensitive: the built app forbids every
 * connection to another origin. Only on build, because the dev server's
 * React refresh needs an inline script and a websocket.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
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
export const DEPLOYMENT_HEADERS = {
  "Content-Security-Policy": `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

// Relative base so the built app also works from a file share or any sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  worker: { format: "es" },
  preview: { headers: DEPLOYMENT_HEADERS },
});
