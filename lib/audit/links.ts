import type { AuditEntityType } from "./schemas";

// Where the console shows each kind of record the audit trail speaks about.
const PAGES: Record<AuditEntityType, (id: string) => string> = {
  Agreement: (id) => `/organizer/agreements/${id}`,
  AgreementSector: (id) => `/organizer/agreements/sectors/${id}`,
  Delegation: () => "/organizer/delegations",
  Forum: () => "/organizer/settings",
  Organization: (id) => `/organizer/organizations/${id}`,
  Participant: (id) => `/organizer/participants/${id}`,
  Person: (id) => `/organizer/people/${id}`,
  ProgramRelease: () => "/organizer/program",
  ProgramSession: (id) => `/organizer/sessions/${id}`,
  Room: (id) => `/organizer/rooms/${id}`,
  // A showcase is edited on its organization's page (the id given is the organization's).
  ShowcaseProfile: (id) => `/organizer/organizations/${id}`,
  SubForum: (id) => `/organizer/sub-forums/${id}`,
};

/** The console page of a record, or null for a kind the console has no page for. */
export function recordHref(type: string, id: string): string | null {
  return Object.hasOwn(PAGES, type) ? PAGES[type as AuditEntityType](encodeURIComponent(id)) : null;
}
