/** For the browser benchmarks: a build served by `vite preview`, and Debian's Chromium, quiet and off the network. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { build, preview } from "vite";

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

/**
 * A browser benchmark over input files: builds the app into a temporary
 * directory, serves it, and for each input writes its file there, runs
 * `measure` on it and deletes it; everything is removed at the end.
 */
export async function measureEachFile<Input extends { name: string }>(
  root: string,
  port: number,
  inputs: readonly Input[],
  contents: (input: Input) => string | Uint8Array,
  measure: (served: Pick<Served, "url" | "browser">, input: Input, path: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ccadb-bench-page-"));
  const outDir = join(dir, "dist");
  await build({ root, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const served = await serveBuild(root, outDir, port);
  try {
    for (const input of inputs) {
      const path = join(dir, input.name);
      writeFileSync(path, contents(input));
      await measure(served, input, path);
      rmSync(path);
    }
  } finally {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
