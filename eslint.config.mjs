// ESLint 9 flat config: Next.js's own rules (core web vitals, React, hooks, a11y, import) and
// typescript-eslint's recommended rules, as create-next-app sets them up for Next 16.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// eslint-config-next parses only .ts/.tsx with TypeScript's parser: reuse it for .mts/.cts.
const tsParser = nextTs.find((c) => c.languageOptions?.parser)?.languageOptions?.parser;

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.mts", "**/*.cts"],
    languageOptions: { parser: tsParser },
  },
  {
    // Without "type": "module", .js and .cjs files are CommonJS (next.config.js): require() is how they import.
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    "node_modules/**",
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    "bench/results/**",
  ]),
]);
