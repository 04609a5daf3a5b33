/**
 * `npm run bench:bundle`: builds the app with Vite into a temporary folder
 * and reports the JavaScript a visitor downloads, gzipped: the initial load
 * (the entry script index.html loads and the chunks it preloads) and the
 * total (with lazy chunks and workers). Targets (issue 3): initial <= 100 KB,
 * total <= 170 KB. Then a cold load of that build over throttled "Fast 3G"
 * (coldLoad.ts): a first visit to the Start screen, and a returning user to
 * their draft, without and with the service worker (target, issue 24: with
 * it, <= 1,000 ms). Prints PASS/FAIL; never fails the process for a miss.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";
import { coldLoad, median } from "./coldLoad.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TARGET_INITIAL_KB = 100;
const TARGET_TOTAL_KB = 170;
const TARGET_RETURNING_MS = 1000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const verdict = (bytes: number, targetKb: number) => (bytes <= targetKb * 1024 ? "PASS" : "FAIL");

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith(".js") || name.endsWith(".mjs") ? [path] : [];
  });
}

/** The scripts index.html loads at once: its module entry and the chunks it preloads. */
function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const sources = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  return [...new Set(sources)].map((src) => join(outDir, src.replace(/^\.?\//, "")));
}

/** Which npm package (or "app") a module id belongs to. */
function packageOf(id: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return match ? match[1] : "app code";
}

const MARKDOWN_STACK = /^(?:react-markdown|micromark.*|mdast-.*|hast-.*|unist-.*|unified|remark-.*|vfile.*|property-information|space-separated-tokens|comma-separated-tokens|decode-named-character-reference|character-entities.*|devlop|bail|trough|is-plain-obj|extend|html-url-attributes|estree-util-.*|style-to-js|style-to-object|inline-style-parser|zwitch|longest-streak|markdown-table|ccount|escape-string-regexp|trim-lines|@ungap\/structured-clone)$/;

function outputsOf(result: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk[] {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => ("output" in o ? o.output.filter((c): c is Rolldown.OutputChunk => c.type === "chunk") : []));
}

/** The preview's Markdown renderer alone, React excluded: what the lazy preview chunk costs. */
async function markdownStackGzip(outDir: string): Promise<number> {
  await build({
    root: ROOT,
    configFile: false,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      reportCompressedSize: false,
      lib: { entry: join(ROOT, "src/preview/bugzillaMarkdown/BugzillaMarkdown.tsx"), formats: ["es"], fileName: () => "markdown.js" },
      rolldownOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/] },
    },
  });
  return gzipSize(join(outDir, "markdown.js"));
}

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), "ccadb-bench-bundle-"));
  try {
    const result = await build({ root: ROOT, logLevel: "warn", build: { outDir, emptyOutDir: true, reportCompressedSize: false } });
    const initial = initialScripts(outDir);
    const all = jsFiles(outDir);
    const initialBytes = initial.reduce((sum, path) => sum + gzipSize(path), 0);
    const totalBytes = all.reduce((sum, path) => sum + gzipSize(path), 0);

    console.log("JavaScript files (gzip -9):");
    for (const path of all.sort((a, b) => gzipSize(b) - gzipSize(a))) {
      console.log(`  ${kb(gzipSize(path)).padStart(9)}  ${relative(outDir, path)}${initial.includes(path) ? "  (initial)" : ""}`);
    }

    // Minified bytes before gzip, by package, in the initial chunks: where the weight comes from.
    const initialNames = new Set(initial.map((path) => relative(outDir, path)));
    const byPackage = new Map<string, number>();
    for (const chunk of outputsOf(result)) {
      if (!initialNames.has(chunk.fileName)) continue;
      for (const [id, info] of Object.entries(chunk.modules)) {
        const name = packageOf(id);
        byPackage.set(name, (byPackage.get(name) ?? 0) + info.renderedLength);
      }
    }
    if (byPackage.size > 0) {
      const markdown = [...byPackage].filter(([name]) => MARKDOWN_STACK.test(name)).reduce((sum, [, n]) => sum + n, 0);
      const initialRaw = [...byPackage.values()].reduce((a, b) => a + b, 0);
      console.log("\nInitial JavaScript by package (as bundled, before minification and gzip):");
      for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
        console.log(`  ${kb(bytes).padStart(9)}  ${name}${MARKDOWN_STACK.test(name) ? "  (markdown stack)" : ""}`);
      }
      console.log(`  Markdown stack (react-markdown, micromark, mdast/hast, unified...): ${kb(markdown)} of ${kb(initialRaw)} (${((100 * markdown) / initialRaw).toFixed(0)}%)`);
    }

    const markdownDir = mkdtempSync(join(tmpdir(), "ccadb-bench-markdown-"));
    try {
      console.log(`\nBugzillaMarkdown alone (react-markdown + micromark + GFM table/strikethrough/autolink, React excluded), gzip: ${kb(await markdownStackGzip(markdownDir))}`);
    } finally {
      rmSync(markdownDir, { recursive: true, force: true });
    }

    console.log(`\nInitial JavaScript (gzip): ${kb(initialBytes)}  target <= ${TARGET_INITIAL_KB} KB  ${verdict(initialBytes, TARGET_INITIAL_KB)}`);
    console.log(`Total JavaScript (gzip):   ${kb(totalBytes)}  target <= ${TARGET_TOTAL_KB} KB  ${verdict(totalBytes, TARGET_TOTAL_KB)}`);

    const cold = await coldLoad(ROOT, outDir);
    const runs = (values: number[]) => `median ${median(values).toFixed(0)} ms (runs: ${values.map((v) => v.toFixed(0)).join(", ")})`;
    console.log(`\nCold load, Chromium throttled to "Fast 3G" (562.5 ms latency, 1.44 Mbit/s), no HTTP cache:`);
    console.log(`  First visit, navigation start to the Start screen painted:                       ${runs(cold.startScreen)}`);
    console.log(`  Returning user, no service worker, to their draft's first step painted:         ${runs(cold.returningDraft)}`);
    console.log(`  Returning user, with the service worker, to their draft's first step painted:   ${runs(cold.returningOffline)}`);
    const returning = median(cold.returningOffline);
    console.log(`  Returning user with the service worker: target <= ${TARGET_RETURNING_MS} ms  ${returning <= TARGET_RETURNING_MS ? "PASS" : "FAIL"}`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
