// Unit and integration tests against a real database, twice: on PGlite (in memory, fast) and on a
// PostgreSQL server (TEST_DATABASE_URL; `npm run test:unit:pg` starts a throwaway cluster). Each
// test file gets its own fresh, fully migrated database: see test/setup-db.ts.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // lib/ marks server code with `import "server-only"`; outside React Server Components the
      // package throws on import, so the tests get an empty module instead.
      "server-only": path.join(root, "test", "server-only.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", ".git/**", ".next/**", ".data/**", "lib/generated/**", "e2e/**", "bench/**"],
    setupFiles: ["test/setup-db.ts"],
    env: {
      // A safety net: code that opens the database on its own gets an empty memory database,
      // never the developer's .data/pglite.
      DATABASE_URL: "memory://",
    },
    // Two cores here; PGlite and the schema engine are CPU-bound WebAssembly.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "pglite",
          env: { CONCORD_TEST_DB: "pglite" },
          globalSetup: ["test/global-setup-pglite.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          env: { CONCORD_TEST_DB: "postgres" },
          globalSetup: ["test/global-setup-postgres.ts"],
        },
      },
    ],
  },
});
