import "server-only";
import { headers } from "next/headers";
import { linkOrigin } from "@/lib/registration/origin";

/** The origin for links in e-mails and in the outbox: NEXTAUTH_URL, else this request's host. */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  return linkOrigin({ host: h.get("host"), forwardedHost: h.get("x-forwarded-host"), forwardedProto: h.get("x-forwarded-proto") });
}
