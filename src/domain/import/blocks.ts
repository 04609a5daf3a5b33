/**
 * A section's lines as CAs write them: list items and paragraphs, in order.
 * By hand (and in text copied from the page, where list markers and nesting
 * are lost) a label may start a paragraph, or a line inside one
 * (`Description: …` right under `Incident description: …`): such a line
 * starts an item of its own.
 */
import { readBullets, type Bullet } from "./bullets.ts";
import { paragraphs, type Line } from "./lines.ts";
import type { ReadMode } from "./types.ts";

export type Block = { n: number; bullet: Bullet; paragraph?: undefined } | { n: number; paragraph: Line[]; bullet?: undefined };

function asItem(lines: readonly Line[]): Bullet {
  return { line: lines[0], first: lines[0].text.trim(), body: lines.slice(1), source: [...lines] };
}

export function readBlocks(lines: readonly Line[], mode: ReadMode, isLabel: (text: string) => boolean): Block[] {
  const { bullets, stray } = readBullets(lines, mode);
  const blocks: Block[] = bullets.map((bullet) => ({ n: bullet.line.n, bullet }));
  for (const paragraph of paragraphs(stray)) {
    if (mode === "exact") {
      blocks.push({ n: paragraph[0].n, paragraph });
      continue;
    }
    let chunk: Line[] = [];
    let labelled = false;
    const flush = () => {
      if (chunk.length > 0) blocks.push(labelled ? { n: chunk[0].n, bullet: asItem(chunk) } : { n: chunk[0].n, paragraph: chunk });
    };
    for (const line of paragraph) {
      if (isLabel(line.text.trim())) {
        flush();
        chunk = [line];
        labelled = true;
      } else chunk.push(line);
    }
    flush();
  }
  return blocks.sort((a, b) => a.n - b.n);
}
