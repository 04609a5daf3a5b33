/**
 * GFM tables as the templates use them (Related Incidents, Action Items, and by
 * hand the Timeline): a header row, a delimiter row, then one row per line.
 */
import { isTableDelimiter } from "../render/unsafe.ts";
import { isBlank, type Line } from "./lines.ts";
import { labelKey } from "./labels.ts";
import { unescapeCell } from "./unescape.ts";

export type Row = { line: Line; cells: string[] };
export type Table = { header: string[]; headerLine: Line; rows: Row[] };

/** The cells of a row: split at pipes the renderer did not escape, then unescaped. */
export function splitRow(text: string): string[] {
  let t = text.trim();
  if (t.startsWith("|")) t = t.slice(1);
  if (t.endsWith("|") && !t.endsWith("\\|")) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((cell) => unescapeCell(cell.trim()));
}

/** Tables among the lines, and the lines that are not part of one. */
export function readTables(lines: readonly Line[]): { tables: Table[]; rest: Line[] } {
  const tables: Table[] = [];
  const rest: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line.text.includes("|") && next !== undefined && next.text.includes("-") && isTableDelimiter(next.text)) {
      const table: Table = { header: splitRow(line.text), headerLine: line, rows: [] };
      i += 2;
      while (i < lines.length && !isBlank(lines[i]) && lines[i].text.includes("|")) {
        table.rows.push({ line: lines[i], cells: splitRow(lines[i].text) });
        i++;
      }
      i--;
      tables.push(table);
    } else rest.push(line);
  }
  return { tables, rest };
}

/**
 * Which column holds each field: by the header's text (exact, then one
 * containing the other), else by position when the header is unknown.
 */
export function columnsOf<K extends string>(header: readonly string[], fields: ReadonlyArray<readonly [K, readonly string[]]>): Map<K, number> {
  const keys = header.map(labelKey);
  const columns = new Map<K, number>();
  const taken = new Set<number>();
  const place = (match: (key: string, name: string) => boolean) => {
    for (const [field, names] of fields) {
      if (columns.has(field)) continue;
      const index = keys.findIndex((key, i) => !taken.has(i) && names.some((name) => match(key, labelKey(name))));
      if (index !== -1) {
        columns.set(field, index);
        taken.add(index);
      }
    }
  };
  place((key, name) => key === name);
  place((key, name) => key !== "" && (key.includes(name) || name.includes(key)));
  if (columns.size === 0 && header.length === fields.length) fields.forEach(([field], i) => columns.set(field, i));
  return columns;
}
