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

describe("layers (issue 25): a folder imports only from the layers below it", () => {
  it.each([
    ["review imports the wizard", "src/review/lintProbe.ts", `import { STEPS } from "../wizard/incidents/useLikelyRelatedCount.ts";\nexport const x = STEPS;\n`],
    ["drafts imports preview", "src/drafts/ui/lintProbe.ts", `import { x } from "../../preview/Preview.tsx";\nexport const y = x;\n`],
    ["preview imports review", "src/preview/output/lintProbe.ts", `import { x } from "../../review/QualityReview.tsx";\nexport const y = x;\n`],
    ["ui imports drafts", "src/ui/lintProbe.ts", `import { x } from "../drafts/session.ts";\nexport const y = x;\n`],
    ["the CLI imports the app", "src/cli/lintProbe.ts", `import { x } from "../app/App.tsx";\nexport const y = x;\n`],
  ])("%s: an error", async (_, path, code) => {
    const found = await messages(code, path);
    expect(found.filter((m) => m.startsWith("no-restricted-imports:"))).toHaveLength(1);
    expect(found.join("\n")).toMatch(/is below \w+ in the layers/);
  });

  it("a feature importing the domain, ui and drafts, and the wizard composing features, pass", async () => {
    const feature = `import { useNow } from "../ui/clock.ts";\nimport { useOpenDraft } from "../drafts/useOpenDraft.ts";\nimport { EXAMPLES } from "../domain/examples/index.ts";\nexport const x = [useNow, useOpenDraft, EXAMPLES];\n`;
    expect((await messages(feature, "src/review/lintProbe.ts")).filter((m) => m.startsWith("no-restricted-imports:"))).toEqual([]);
    const wizard = `import { QualityReview } from "../../review/QualityReview.tsx";\nimport { CertificateDrop } from "../../appendix/CertificateDrop.tsx";\nexport const x = [QualityReview, CertificateDrop];\n`;
    expect((await messages(wizard, "src/wizard/steps/lintProbe.tsx")).filter((m) => m.startsWith("no-restricted-imports:"))).toEqual([]);
    const cli = `import { x } from "../domain/appendix/platform.ts";\nexport const y = x;\n`;
    expect((await messages(cli, "src/cli/lintProbe.ts")).filter((m) => m.startsWith("no-restricted-imports:"))).toEqual([]);
  });
});
