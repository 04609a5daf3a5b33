/**
 * The project's own lint rules fire on what they are for: each case is linted
 * with `eslint.config.js` as `npm run lint` uses it, at a path of the folder
 * the rule guards.
 */
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return result.messages.map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`);
}

describe("tables keyed by user text (issue 26)", () => {
  it.each([
    ["a Record<string, …> annotation", `export const T: Record<string, string> = { a: "b" };\nexport const f = (k: string) => T[k];\n`],
    ["a Readonly<Record<string, …>>", `export const T: Readonly<Record<string, number>> = { a: 1 };\n`],
    ["an index signature", `export type T = { [key: string]: number };\n`],
    ["`key in object`", `const T = { a: 1 };\nexport const f = (k: string) => k in T;\n`],
  ])("%s in src/domain is an error", async (_, code) => {
    expect(await messages(code, "src/domain/incidents/lintProbe.ts")).toEqual([expect.stringMatching(/^no-restricted-syntax: .*constructor/)]);
  });

  it("a Map, a table with fixed keys and a JSON object check pass", async () => {
    const code = [
      `const M = new Map<string, string>([["a", "b"]]);`,
      `const F = { a: 1 } satisfies Record<string, number>;`,
      `export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;`,
      `export const g = (k: string) => M.get(k) ?? F.a;`,
      "",
    ].join("\n");
    expect(await messages(code, "src/domain/incidents/lintProbe.ts")).toEqual([]);
  });
});
