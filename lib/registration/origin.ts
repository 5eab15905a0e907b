/**
 * The origin for links sent by e-mail (confirmation, invitations). NEXTAUTH_URL when set: the
 * canonical public address, so a forged Host header can never put another site's address into a
 * message. Without it (development, the demo) the request's own host, refused unless it is a plain
 * host name with an optional port.
 */
export function linkOrigin(
  request: { host: string | null; forwardedHost?: string | null; forwardedProto?: string | null },
  env: Partial<Record<string, string>> = process.env,
): string {
  const configured = env.NEXTAUTH_URL?.trim();
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
    } catch {
      // A malformed setting falls back to the request, as below.
    }
  }
  // Behind the shipped proxy the first X-Forwarded-Host is the address the visitor used.
  const host = (request.forwardedHost?.split(",")[0] ?? request.host ?? "").trim().toLowerCase();
  const proto = request.forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https" ? "https" : "http";
  if (!/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/.test(host)) {
    return "http://localhost:3000";
  }
  return `${proto}://${host}`;
}
