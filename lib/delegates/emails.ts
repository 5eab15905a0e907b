// The delegate area's e-mails, in English (the outbox carries plain text; HTML is optional).
import type { OutgoingEmail } from "@/lib/outbox/outbox";

const SIGNATURE = "—\nThe organizers\n(sent by Concord)";

export function registrationCancelledEmail(p: { to: string; fullName: string; forumName: string }): OutgoingEmail {
  return {
    to: p.to,
    template: "registration-cancelled",
    subject: `Your registration for ${p.forumName} is cancelled`,
    text: [
      `Dear ${p.fullName},`,
      `As you asked, your registration for ${p.forumName} is cancelled. Your seats in sessions were released and your badge is no longer valid.`,
      "If you did not cancel it yourself, or want to take part after all, please reply to the organizers: a cancelled registration cannot be restored from your account.",
      SIGNATURE,
    ].join("\n\n"),
  };
}

export function delegationInvitationEmail(p: {
  to: string;
  headName: string;
  delegationName: string;
  forumName: string;
  link: string;
  expiresOn: string;
}): OutgoingEmail {
  return {
    to: p.to,
    template: "delegation-invitation",
    subject: `${p.headName} invites you to join ${p.delegationName} at ${p.forumName}`,
    text: [
      "Hello,",
      `${p.headName}, head of ${p.delegationName}, invites you to register for ${p.forumName} as a member of the delegation.`,
      `Register here (your country and delegation are filled in for you):\n${p.link}`,
      `The link works until ${p.expiresOn}. If you were not expecting this invitation, you can ignore this message.`,
      SIGNATURE,
    ].join("\n\n"),
  };
}
