/**
 * Bugzilla's Markdown pipeline, for tests (shared/spec/bugzilla-markdown.md):
 * every `<` not starting an http(s) autolink is neutralised, then cmark-gfm runs
 * with hard breaks, UTF-8 validation, and the table, strikethrough, autolink and
 * tagfilter extensions only.
 */
import { spawnSync } from "node:child_process";

const CMARK = process.env.CMARK_GFM ?? "cmark-gfm";

export function bugzillaHtml(markdown: string): string {
  const guarded = markdown.replace(/<(?!https?:\/\/)/g, "\uFFFD");
  const result = spawnSync(
    CMARK,
    ["--hardbreaks", "--validate-utf8", "-e", "autolink", "-e", "tagfilter", "-e", "table", "-e", "strikethrough"],
    { input: guarded, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) {
    throw new Error(`cmark-gfm could not run (${result.error.message}): install it with \`apt-get install -y cmark-gfm\``);
  }
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout.replace(/\uFFFD/g, "&lt;");
}
