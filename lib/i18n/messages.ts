import type { AppLocale } from "./locales";
import auth from "./messages/en/auth.json";
import checkin from "./messages/en/checkin.json";
import common from "./messages/en/common.json";
import errors from "./messages/en/errors.json";
import home from "./messages/en/home.json";
import me from "./messages/en/me.json";
import organizer from "./messages/en/organizer.json";
import program from "./messages/en/program.json";
import releases from "./messages/en/releases.json";
import rollback from "./messages/en/rollback.json";
import schedule from "./messages/en/schedule.json";
import speakers from "./messages/en/speakers.json";
import register from "./messages/en/register.json";
import seats from "./messages/en/seats.json";
import delegation from "./messages/en/delegation.json";
import participants from "./messages/en/participants.json";
import outbox from "./messages/en/outbox.json";
import badge from "./messages/en/badge.json";
import agenda from "./messages/en/agenda.json";
import organizations from "./messages/en/organizations.json";
import agreements from "./messages/en/agreements.json";
import signings from "./messages/en/signings.json";
import showcase from "./messages/en/showcase.json";
import programImport from "./messages/en/programImport.json";
import audit from "./messages/en/audit.json";
import addresses from "./messages/en/addresses.json";

// One catalog file per area keeps edits to different areas apart. English is complete; other
// languages add their own files later and fall back to English key by key.
const english = { common, auth, errors, home, program, organizer, me, checkin, releases, schedule, speakers,
  register, seats, delegation, participants, outbox, badge, agenda, organizations, agreements, signings, showcase,
  rollback, programImport, audit, addresses };

export type Messages = typeof english;

const catalogs: Partial<Record<AppLocale, Partial<Messages>>> = { en: english };

type Tree = { [key: string]: string | Tree };

function merge(base: Tree, override: Tree | undefined): Tree {
  if (!override) return base;
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = typeof value === "object" && typeof current === "object" ? merge(current, value) : value;
  }
  return out;
}

export function loadMessages(locale: AppLocale): Messages {
  return merge(english as unknown as Tree, catalogs[locale] as Tree | undefined) as unknown as Messages;
}
