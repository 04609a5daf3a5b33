/** Where the end-to-end build is served from: one port, one build folder (playwright.config.ts). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);
export const E2E_OUT_DIR = `node_modules/.e2e-dist/${E2E_PORT}`;
