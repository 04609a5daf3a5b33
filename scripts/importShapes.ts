/** Prints how the importer does on the shapes corpus: sections that reached their field, refusals, and each miss. */
import { scoreAll } from "../src/test/importShapes.ts";

const scores = scoreAll();
const placed = scores.reduce((n, s) => n + s.placed, 0);
const total = scores.reduce((n, s) => n + s.total, 0);
const refused = scores.filter((s) => s.refused !== null);
const wrongKind = scores.filter((s) => s.refused === null && s.wrongKind);
const leaked = scores.filter((s) => s.leaked.length > 0);
for (const s of scores) {
  const file = `${s.name}.${s.form}`;
  if (s.refused !== null) console.log(`${file}: refused (${s.refused.slice(0, 80)}…)`);
  for (const m of s.misses) console.log(`${file}: ${m.path} missed "${m.text.slice(0, 50)}" (found in: ${m.found})`);
  if (s.wrongKind) console.log(`${file}: wrong report kind`);
  for (const text of s.leaked) console.log(`${file}: question wording kept in a field: "${text}"`);
}
console.log(`\n${scores.length} files: ${placed} of ${total} sections in the right field, ${refused.length} refused, ${wrongKind.length} read as the wrong kind, ${leaked.length} with question wording in a field`);
