import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";

/** Thrown through NextAuth to the sign-in form, which shows the matching message. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", throttled: "Throttled" } as const;

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
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
          clientAddress(req?.headers as Record<string, unknown> | undefined),
        );
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, av: result.user.authVersion };
        if (result.reason === "throttled") throw new Error(SIGN_IN_ERRORS.throttled);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Only the user's id and auth version travel in the token; the role is read from the
      // database on every request (lib/auth/current-user.ts).
      if (user) {
        const u = user as { id: string; av?: number };
        token.uid = u.id;
        token.av = u.av ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, av: token.av };
    },
  },
};
