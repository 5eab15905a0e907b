import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { dbKind } from "@/test/db";
import { ConcordPGlite, openPGlite } from "./pglite";

// Every type the adapter parses its own way, alone and in arrays, and a few it leaves to PGlite.
const sample = (client: Pick<PrismaClient, "$queryRaw">) => client.$queryRaw`SELECT CAST(12.50 AS numeric) AS n, CAST('{1.5,2}' AS numeric[]) AS na, CAST('12:34:56.789' AS time) AS t,
  CAST('12:34:56+02' AS timetz) AS tz, CAST('2026-11-26' AS date) AS d, CAST('{2026-11-26,2026-01-01}' AS date[]) AS da,
  CAST('2026-11-26 17:00:00.123' AS timestamp(3)) AS ts, CAST('{"2026-11-26 17:00:00"}' AS timestamp[]) AS tsa,
  CAST('2026-11-26 17:00:00+01' AS timestamptz) AS tstz, CAST(9007199254740993 AS bigint) AS i8, CAST('{1,2}' AS bigint[]) AS i8a,
  CAST('{"a":[1,{"b":null}]}' AS jsonb) AS j, CAST('[1,"x"]' AS json) AS js, CAST('\\x0102ff' AS bytea) AS b,
  CAST(12.5 AS money) AS m, CAST('{a,"b c"}' AS text[]) AS ta, CAST('{1,2}' AS int[]) AS ia, 42 AS i4, TRUE AS bool,
  CAST('<a/>' AS xml) AS x, CAST('101' AS bit(3)) AS bit, CAST('11ab5f6e-1d1f-4e36-9a84-7ee5a1c2c4e1' AS uuid) AS u`;

describe.runIf(dbKind === "pglite")("ConcordPGlite", () => {
  const plain = openPGlite(null);
  const sharing = openPGlite(null);
  // Opening is the slow part (WebAssembly start-up): in the hook, which may take longer than a test.
  beforeAll(async () => {
    await Promise.all([plain.waitReady, sharing.waitReady]);
  });
  afterAll(async () => {
    await plain.close();
    await sharing.close();
  });

  it("answers queries and transactions exactly as Prisma's own PGlite adapter does", async () => {
    const expected = new PrismaClient({ adapter: new PrismaPGlite(plain) });
    const actual = new PrismaClient({ adapter: new ConcordPGlite(sharing) });
    const reference = await sample(expected);
    expect(await sample(actual)).toEqual(reference);
    expect(await actual.$transaction((tx) => sample(tx))).toEqual(reference);
    // Installed once: the second query and the one in a transaction parse the same.
    expect(await sample(actual)).toEqual(reference);
  });
});
