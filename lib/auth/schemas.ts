import { z } from "zod";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const signInSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(1, "Enter your email").max(254).email("Enter a valid email address"),
    password: z.string().min(1, "Enter your password").max(PASSWORD_MAX),
  })
  .strict();

export type SignInInput = z.infer<typeof signInSchema>;

/** Where to go after signing in: only paths on this site, never another origin. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/login") || value.startsWith("/api/")) return fallback;
  return value;
}
