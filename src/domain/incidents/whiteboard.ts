/**
 * Whiteboard tags: Bugzilla's whiteboard is free text in which the CA
 * Program writes bracketed categories (`[ca-compliance] [ov-misissuance]`)
 * and notes (`Next update 2026-04-30`). Only the bracketed tags are kept.
 */
const TAG = /\[([^[\]]+)\]/g;
/** Every bug of the component carries it: it says nothing about the incident. */
const COMPONENT_TAG = "ca-compliance";

export function whiteboardTags(whiteboard: string): string[] {
  const tags = [...whiteboard.matchAll(TAG)].map((m) => m[1].trim().toLowerCase().replace(/\s+/g, "-"));
  return [...new Set(tags)].filter((tag) => tag !== "" && tag !== COMPONENT_TAG && !tag.startsWith("close-on-"));
}
