/** JSON paths as problems name fields: `actionItems[2].kind`. */

/** `actionItems[2].kind` -> `["actionItems", 2, "kind"]`. */
export function parsePath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return parts;
}
