/**
 * A file name for the downloaded report, from the Bugzilla summary line:
 * ASCII letters and digits joined by dashes, so it survives every file
 * system and mail attachment.
 */
const MAX_SLUG = 80;

export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug.slice(0, MAX_SLUG).replace(/-$/, "");
}

export function markdownFileName(summary: string): string {
  return `${slugify(summary) || "incident-report"}.md`;
}
