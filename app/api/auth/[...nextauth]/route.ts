import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// NextAuth's own endpoints (sign-in, sign-out, CSRF token, session): it checks its CSRF token
// on every state-changing request itself.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
