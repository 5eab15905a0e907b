import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** Who may enter the organizer console. Chairs see it too, limited to their sub-forums. */
export const CONSOLE_ROLES: readonly Role[] = ["ADMIN", "ORGANIZER", "CHAIR"];
export const CHECKIN_ROLES: readonly Role[] = ["ADMIN", "ORGANIZER", "STAFF"];

/** Where each role lands after signing in when no page was asked for. */
export function homeFor(role: Role): string {
  switch (role) {
    case "ADMIN":
    case "ORGANIZER":
    case "CHAIR":
      return "/organizer";
    case "STAFF":
      return "/checkin";
    case "DELEGATE":
      return "/me";
  }
}
