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

/**
 * Where to go after signing in: a path on this site only. Control characters and backslashes are
 * refused outright (browsers drop tabs and newlines, so "/\t/evil.com" would become "//evil.com"),
 * then the value is resolved against a dummy origin and must stay on it.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > 2000 || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://concord.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://concord.invalid") return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//") || path.startsWith("/login") || path.startsWith("/api/")) return fallback;
  return path;
}
