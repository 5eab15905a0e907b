// Prisma CLI configuration. Only `generate`, `validate` and `format` run here (the CLI's native
// schema engine cannot be downloaded): migrations go through scripts/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
