import type { Role } from "@/lib/generated/prisma/enums";

/** Who is changing the program: enough of the signed-in user to decide what they may touch. */
export type ProgramActor = { id: string; role: Role; chairOf: readonly string[] };

/** Organizers edit the whole program; chairs only the sessions of their own sub-forums. */
export function canEditSubForumSessions(actor: ProgramActor, subForumId: string | null): boolean {
  if (actor.role === "ADMIN" || actor.role === "ORGANIZER") return true;
  return actor.role === "CHAIR" && subForumId !== null && actor.chairOf.includes(subForumId);
}

/** Rooms, sub-forums, people, forum settings and publishing are the organizers' alone. */
export function canManageProgram(actor: ProgramActor): boolean {
  return actor.role === "ADMIN" || actor.role === "ORGANIZER";
}
