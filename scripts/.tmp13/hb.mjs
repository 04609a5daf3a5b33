import { build } from "rolldown";
await build({ cwd: "/work/wt/i13", input: "/work/wt/i13/scripts/.tmp13/hashEntry.ts", platform: "browser", logLevel: "warn", output: { file: "/tmp/i13/hash.js", format: "iife", name: "H", minify: true } });
