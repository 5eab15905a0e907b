import "server-only";
import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db/client";
import { localized, localizedLang } from "@/lib/i18n/localized";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import { formatDate, formatDateTime, formatTimeRange } from "@/lib/time/format";
import { changelogCounts, parseChangelog } from "./changelog";
import type { ChangelogEntry, ChangelogPlace, ProgramChangelog, ProgramSnapshot } from "./snapshot";

// The releases of a forum's program as the public reads them: the changes page and its Atom feed.

export type ReleaseSummary = {
  id: string;
  version: number;
  publishedAt: Date;
  comment: string;
  changelog: ProgramChangelog;
  /** The organizer who published it (null when the account is gone). For the console, not the public. */
  publisherName: string | null;
};

/** A forum's releases, newest first, without their snapshots. */
export async function listReleases(forumId: string): Promise<ReleaseSummary[]> {
  const rows = await db.programRelease.findMany({
    where: { forumId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true, comment: true, changelog: true, publishedBy: { select: { name: true } } },
  });
  return rows.map(({ publishedBy, changelog, ...release }) => ({ ...release, changelog: parseChangelog(changelog), publisherName: publishedBy?.name ?? null }));
}

/** The sessions of the latest release, to link changelog entries to sessions that still exist. */
export type LiveSessions = { slugById: ReadonlyMap<string, string>; slugs: ReadonlySet<string> };

export function liveSessions(snapshot: Pick<ProgramSnapshot, "sessions"> | null): LiveSessions {
  // Breaks have no page of their own.
  const sessions = (snapshot?.sessions ?? []).filter((s) => s.type !== "BREAK");
  return { slugById: new Map(sessions.map((s) => [s.id, s.slug])), slugs: new Set(sessions.map((s) => s.slug)) };
}

/** The current slug of a changelog entry's session, or null when it is no longer published. */
function liveSlug(entry: ChangelogEntry, live: LiveSessions): string | null {
  // Old changelogs name sessions by slug only.
  if (!entry.sessionId) return live.slugs.has(entry.slug) ? entry.slug : null;
  return live.slugById.get(entry.sessionId) ?? null;
}

export type ReleasesTranslator = ReturnType<typeof createTranslator<Messages, "releases">>;

export const CHANGE_SECTIONS = ["added", "removed", "moved", "retitled", "addressChanged", "peopleChanged", "updated"] as const;
export type ChangeSectionKind = (typeof CHANGE_SECTIONS)[number];

export type ChangeItem = {
  sessionId: string;
  title: string;
  /** The language the title is in (English when the visitor's is missing). */
  titleLang: AppLocale;
  /** `/program/<slug>` while the session is published, else null. */
  href: string | null;
  notes: { label: string | null; text: string }[];
};
export type ChangeSection = { kind: ChangeSectionKind; heading: string; items: ChangeItem[] };
export type DescribedChangelog = {
  sections: ChangeSection[];
  /** "Also updated: rooms, sub-forums." or null. */
  other: string | null;
  /** Sub-forums' and speakers' address changes, one sentence each. */
  addresses: string[];
  /** "2 sessions added, 1 moved", or the first release's note. */
  summary: string;
};

type DescribeContext = { t: ReleasesTranslator; locale: AppLocale; timeZone: string; live: LiveSessions; isFirst?: boolean };

/**
 * A changelog in words, for the changes page and the feed: one section per kind of change that
 * has entries, each entry with its title in the visitor's language and notes (was/now, who joined …).
 */
export function describeChangelog(changelog: ProgramChangelog, ctx: DescribeContext): DescribedChangelog {
  const { t, locale, timeZone } = ctx;
  const intl = INTL_LOCALE[locale];
  const list = (items: string[]) => new Intl.ListFormat(intl, { type: "conjunction" }).format(items);
  const item = (entry: ChangelogEntry, notes: ChangeItem["notes"] = [], removed = false): ChangeItem => {
    const slug = removed ? null : liveSlug(entry, ctx.live);
    return {
      sessionId: entry.sessionId || entry.slug,
      title: localized(entry, "title", locale),
      titleLang: localizedLang(entry, "title", locale),
      href: slug ? `/program/${encodeURIComponent(slug)}` : null,
      notes,
    };
  };
  const place = (p: ChangelogPlace) => {
    const start = new Date(p.startsAt);
    const end = new Date(p.endsAt);
    const when = `${formatDate(start, timeZone, intl, "medium")}, ${formatTimeRange(start, end, timeZone, intl)}`;
    if (p.roomNameEn === null) return t("placeNoRoom", { when });
    const room = localized({ nameEn: p.roomNameEn, nameZh: p.roomNameZh, nameRu: p.roomNameRu, nameFr: p.roomNameFr }, "name", locale);
    return t("place", { when, room });
  };

  const items: Record<ChangeSectionKind, ChangeItem[]> = {
    added: changelog.added.map((e) => item(e)),
    removed: changelog.removed.map((e) => item(e, [], true)),
    moved: changelog.moved.map((e) =>
      item(e, [
        { label: t("moveFrom"), text: place(e.from) },
        { label: t("moveTo"), text: place(e.to) },
      ]),
    ),
    retitled: changelog.retitled.map((e) => {
      const before = localized(e.previous, "title", locale);
      const notes: ChangeItem["notes"] = [];
      if (before !== localized(e, "title", locale)) notes.push({ label: null, text: t("wasTitled", { title: before }) });
      notes.push({ label: null, text: t("titleLanguages", { languages: list(e.languages.map((l) => t(`languages.${l}`))) }) });
      return item(e, notes);
    }),
    peopleChanged: changelog.peopleChanged.map((e) =>
      item(e, [
        ...(e.addedPeople.length ? [{ label: null, text: t("joined", { names: list(e.addedPeople) }) }] : []),
        ...(e.removedPeople.length ? [{ label: null, text: t("left", { names: list(e.removedPeople) }) }] : []),
      ]),
    ),
    addressChanged: changelog.addressChanged.map((e) =>
      item(e, [{ label: null, text: t("addressChangedFrom", { from: `/program/${e.fromSlug}`, to: `/program/${e.slug}` }) }]),
    ),
    updated: changelog.updated.map((e) => item(e, e.details.length ? [{ label: null, text: t("changedDetails", { details: list(e.details.map((d) => t(`details.${d}`))) }) }] : [])),
  };
  const sections = CHANGE_SECTIONS.filter((kind) => items[kind].length).map((kind) => ({ kind, heading: t(`sections.${kind}`), items: items[kind] }));
  const other = changelog.other.length ? t("otherChanges", { items: list(changelog.other.map((o) => t(`other.${o}`))) }) : null;

  const counts = changelogCounts(changelog);
  const counted = CHANGE_SECTIONS.filter((kind) => counts[kind] > 0).map((kind) => t(`counts.${kind}`, { count: counts[kind] }));
  const summary = ctx.isFirst ? t("firstRelease", { count: counts.added }) : counted.length ? list(counted) : (other ?? t("nothingListed"));
  const addresses = changelog.pageAddressChanged.map((e) => {
    const path = (slug: string) => (e.kind === "subForum" ? `/program?subforum=${slug}` : `/speakers/${slug}`);
    return t("pageAddressChangedFrom", { name: e.nameEn, from: path(e.fromSlug), to: path(e.slug) });
  });
  return { sections, other, addresses, summary };
}

// ——— The Atom feed (RFC 4287) ———

export type FeedForum = { id: string; nameEn: string; timeZone: string };
export type FeedRelease = Pick<ReleaseSummary, "id" | "version" | "publishedAt" | "comment" | "changelog">;

/** Characters XML 1.0 does not allow at all (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute content for XML (and HTML): escapes markup characters, drops characters XML forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * A name-based UUID (version 5, RFC 9562): the same name always gives the same id, so a release
 * keeps its Atom id whichever host serves the feed.
 */
function uuidV5(name: string): string {
  // Concord's own namespace (itself a random UUID), so these ids collide with nobody's.
  const namespace = Buffer.from("6f1c8a523c0e4a8e9d542f6b1f0d7c11", "hex");
  const hash = createHash("sha1").update(namespace).update(name, "utf8").digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The English catalog: feed readers get one language (xml:lang="en"). */
function englishTranslator(): ReleasesTranslator {
  return createTranslator({ locale: "en", messages: loadMessages("en"), namespace: "releases" });
}

/** A release's changelog as HTML for the feed entry's content (escaped again when put into the XML). */
function changelogHtml(release: FeedRelease, described: DescribedChangelog, baseUrl: string): string {
  const h = escapeXml;
  const parts: string[] = [];
  if (release.comment) parts.push(`<p>${h(release.comment)}</p>`);
  if (!described.sections.length) parts.push(`<p>${h(described.summary)}</p>`);
  for (const section of described.sections) {
    parts.push(`<h3>${h(section.heading)}</h3>`, "<ul>");
    for (const item of section.items) {
      const title = item.href ? `<a href="${h(baseUrl + item.href)}">${h(item.title)}</a>` : h(item.title);
      const notes = item.notes.map((n) => (n.label ? `${h(n.label)}: ${h(n.text)}` : h(n.text))).join("; ");
      parts.push(`<li>${title}${notes ? ` — ${notes}` : ""}</li>`);
    }
    parts.push("</ul>");
  }
  if (described.other && described.sections.length) parts.push(`<p>${h(described.other)}</p>`);
  if (described.addresses.length) parts.push(`<ul>${described.addresses.map((a) => `<li>${h(a)}</li>`).join("")}</ul>`);
  return parts.join("");
}

/**
 * The Atom 1.0 feed of a forum's program releases (RFC 4287): one entry per release, newest first,
 * each with a stable id, its publication time and its changelog. `baseUrl` is the site's public
 * origin ("https://forum.example.org"); `now` dates a feed that has no release yet.
 */
export function buildChangesFeed(forum: FeedForum, releases: FeedRelease[], baseUrl: string, options: { live?: LiveSessions; now?: Date } = {}): string {
  const t = englishTranslator();
  const base = baseUrl.replace(/\/+$/, "");
  const live = options.live ?? liveSessions(null);
  const sorted = [...releases].sort((a, b) => b.version - a.version);
  const updated = (sorted[0]?.publishedAt ?? options.now ?? new Date()).toISOString();
  const h = escapeXml;

  const entries = sorted.map((release) => {
    const described = describeChangelog(release.changelog, { t, locale: "en", timeZone: forum.timeZone, live, isFirst: release.version === 1 });
    const when = t("publishedAt", { date: formatDateTime(release.publishedAt, forum.timeZone, INTL_LOCALE.en, "long") });
    const title = `${t("release", { version: release.version })} · ${when}${release.comment ? ` — ${firstLine(release.comment)}` : ""}`;
    return [
      "  <entry>",
      `    <id>urn:uuid:${uuidV5(`concord:program-release:${release.id}`)}</id>`,
      `    <title type="text">${h(title)}</title>`,
      `    <published>${release.publishedAt.toISOString()}</published>`,
      `    <updated>${release.publishedAt.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${h(`${base}/program/changes#release-${release.version}`)}"/>`,
      `    <summary type="text">${h(described.summary)}</summary>`,
      `    <content type="html">${h(changelogHtml(release, described, base))}</content>`,
      "  </entry>",
    ].join("\n");
  });

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>urn:uuid:${uuidV5(`concord:program-changes:${forum.id}`)}</id>`,
    `  <title type="text">${h(t("feedTitle", { forum: forum.nameEn }))}</title>`,
    `  <subtitle type="text">${h(t("feedSubtitle"))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${h(`${base}/program/changes.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${h(`${base}/program/changes`)}"/>`,
    `  <author><name>${h(forum.nameEn)}</name></author>`,
    "  <generator>Concord</generator>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

function firstLine(text: string, max = 120): string {
  const line = text.split(/\r?\n/, 1)[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
