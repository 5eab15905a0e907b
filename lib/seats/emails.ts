// The seats' e-mails, in English (the outbox carries plain text).
import type { OutgoingEmail } from "@/lib/outbox/outbox";
import { formatDateTime, formatTime, zoneLabel } from "@/lib/time/format";

const SIGNATURE = "—\nThe organizers\n(sent by Concord)";

/** A waitlisted delegate got a seat because someone else gave theirs up. */
export function waitlistPromotedEmail(p: {
  to: string;
  fullName: string;
  forumName: string;
  sessionTitle: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** The session's page, when the caller knows the site's address. */
  link: string | null;
}): OutgoingEmail {
  const when = `${formatDateTime(p.startsAt, p.timeZone, "en-GB", "long")}–${formatTime(p.endsAt, p.timeZone, "en-GB")} (${zoneLabel(p.startsAt, p.timeZone, "en-GB")}, ${p.timeZone})`;
  return {
    to: p.to,
    template: "waitlist-promoted",
    subject: `You have a seat: ${p.sessionTitle}`,
    text: [
      `Dear ${p.fullName},`,
      `A seat became free and it is yours: you were first on the waitlist for “${p.sessionTitle}” at ${p.forumName}, ${when}.`,
      p.link ? `The session: ${p.link}` : null,
      "If you can no longer come, please cancel your seat on the session's page, so that the next person on the waitlist gets it.",
      SIGNATURE,
    ]
      .filter((part): part is string => part !== null)
      .join("\n\n"),
  };
}
