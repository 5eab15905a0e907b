import { PrismaClient } from "@/lib/generated/prisma/client";
import { openAdapter, type OpenedAdapter } from "./adapter";
import { resolveDbTarget } from "./target";

export type Db = PrismaClient;
/** The client handed to code running inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

type Holder = { client?: PrismaClient; opened?: OpenedAdapter };
// One client per process, kept across dev-server reloads so PGlite's folder is opened once.
const holder = ((globalThis as { __concordDb?: Holder }).__concordDb ??= {});

/** Creates the client on first use, so `next build` never opens the database. */
export function getDb(): PrismaClient {
  if (!holder.client) {
    const opened = openAdapter(resolveDbTarget());
    holder.opened = opened;
    holder.client = new PrismaClient({ adapter: opened.factory });
  }
  return holder.client;
}

/** Points the process at another database (tests, scripts that open it themselves). */
export function setDb(client: PrismaClient, opened?: OpenedAdapter): void {
  holder.client = client;
  holder.opened = opened;
}

export async function closeDb(): Promise<void> {
  await holder.client?.$disconnect();
  await holder.opened?.close();
  holder.client = undefined;
  holder.opened = undefined;
}

/** The lazily created client: `db.participant.findMany(…)`. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
