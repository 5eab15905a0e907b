import "server-only";
import { headers } from "next/headers";
import { linkOrigin } from "@/lib/registration/origin";

/** Where links in e-mails point: NEXTAUTH_URL, else this request's own host (lib/registration/origin.ts). */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  return linkOrigin({ host: h.get("host"), forwardedHost: h.get("x-forwarded-host"), forwardedProto: h.get("x-forwarded-proto") });
}
