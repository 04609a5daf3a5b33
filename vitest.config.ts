import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    // The CLI tests spawn bin/ccadb-report.mjs as users run it: build what `npm ci` builds.
    globalSetup: ["src/test/buildCli.ts"],
    testTimeout: 30_000,
  },
});
