import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { endSessions } from "./users";

/** Thrown through NextAuth to the sign-in form, which shows the matching message. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", throttled: "Throttled" } as const;

/**
 * The client's address for throttling. X-Forwarded-For is written left to right by each proxy, so
 * only the entries added by our own proxies can be trusted: the one TRUSTED_PROXY_HOPS from the
 * right (1 by default: nginx in front, or Next's own server, appends the peer's address).
 */
export function clientAddress(forwardedFor: string | null | undefined, hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1)): string | null {
  const entries = (forwardedFor ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  return entries[entries.length - Math.max(1, hops)] ?? null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(
          { email: credentials?.email ?? "", password: credentials?.password ?? "" },
          clientAddress(headerValue(req?.headers, "x-forwarded-for")),
        );
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, av: result.user.authVersion };
        if (result.reason === "throttled") throw new Error(SIGN_IN_ERRORS.throttled);
        return null;
      },
    }),
  ],
  events: {
    // Signing out ends the session everywhere: the token in any other browser stops working too.
    async signOut({ token }) {
      if (typeof token?.uid === "string") await endSessions(token.uid);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      // Only the user's id and auth version travel in the token; the role is read from the
      // database on every request (lib/auth/current-user.ts).
      if (user) {
        const u = user as { id: string; av?: number };
        token.uid = u.id;
        token.av = u.av ?? 0;
        // For the browser's links only ("Organizer console" or "My registration"); every
        // server-side decision reads the role from the database.
        token.role = (user as { role?: string }).role;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, av: token.av, role: token.role };
    },
  },
};

function headerValue(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== "object") return null;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : null;
}
