// The demo accounts (all with the same password), for the README, the login page hint and the tests.
// A production start refuses to run while any of them exists (User.isDemo).
import { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "concord-demo-2025";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  description: string;
};

export const DEMO_ACCOUNTS = [
  { email: "admin@concord.demo", name: "Demo Administrator", role: Role.ADMIN, description: "Everything, including users and the audit log." },
  { email: "organizer@concord.demo", name: "Demo Organizer", role: Role.ORGANIZER, description: "Sets up the forum, schedules and publishes the program, approves registrations, records agreements." },
  {
    email: "chair@concord.demo",
    name: "Demo Sub-forum Chair",
    role: Role.CHAIR,
    description: "Chair of the sub-forum “Data Governance and Ecological Collaboration”: edits that sub-forum's sessions only.",
  },
  { email: "staff@concord.demo", name: "Demo Check-in Staff", role: Role.STAFF, description: "Checks delegates in at the door." },
  {
    email: "delegate@concord.demo",
    name: "Aigerim Saparova",
    role: Role.DELEGATE,
    description: "An approved business delegate from Kazakhstan (Astana Digital Solutions), with a badge and seats to book.",
  },
  {
    email: "head@concord.demo",
    name: "Dilshod Rakhimov",
    role: Role.DELEGATE,
    description: "Head of the delegation of Uzbekistan: sees its members and invites new ones.",
  },
] as const satisfies readonly DemoAccount[];

/** The demo head of delegation (a delegate too: demoAccount(DELEGATE) is the plain delegate). */
export const DEMO_HEAD_EMAIL = "head@concord.demo";

export type DemoAccountEmail = (typeof DEMO_ACCOUNTS)[number]["email"];

export function demoAccount(role: Role): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account with role ${role}`);
  return account;
}

/** The sub-forum the demo chair chairs. */
export const DEMO_CHAIR_SUB_FORUM_SLUG = "data-governance-and-ecological-collaboration";
