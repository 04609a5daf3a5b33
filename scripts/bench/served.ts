/** For the browser benchmarks: a build served by `vite preview`, and Debian's Chromium, quiet and off the network. */
import { chromium, type Browser } from "playwright-core";
import { preview } from "vite";

export type Served = { url: string; browser: Browser; close(): Promise<void> };

export async function serveBuild(root: string, outDir: string, port: number): Promise<Served> {
  const server = await preview({ root, logLevel: "error", build: { outDir }, preview: { host: "127.0.0.1", port, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error("vite preview did not report a URL");
  }
  const args = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
  if (process.getuid?.() === 0) args.push("--no-sandbox");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
