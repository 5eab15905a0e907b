import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { loadMessages } from "@/lib/i18n/messages";
import { createForum, createPerson, createProgramSession, createRoom, createSessionRole, createUser } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { parseChangelog } from "./changelog";
import { publishProgram } from "./publish";
import { buildChangesFeed, describeChangelog, escapeXml, listReleases, liveSessions, type FeedRelease } from "./releases";
import { emptyChangelog, initialChangelog, parseProgramSnapshot, type ChangelogEntry } from "./snapshot";

const ATOM = "http://www.w3.org/2005/Atom";
/** An Atom element in an XPath expression. */
const a = (name: string) => `*[local-name()='${name}' and namespace-uri()='${ATOM}']`;

/** Parses the XML with libxml2 (fails on any well-formedness error) and evaluates an XPath expression. */
async function xpath(xml: string, expression: string): Promise<string> {
  const result = await validateXML({
    xml: [{ fileName: "feed.xml", contents: xml }],
    normalization: "format",
    modifyArguments: (args) => ["--xpath", expression, ...args.filter((arg) => arg !== "--format")],
  });
  expect(result.errors.map((e) => e.message)).toEqual([]);
  return result.normalized.trim();
}

async function publishedForum() {
  const db = testDb();
  const forum = await createForum(db, { nameEn: "SCO Digital Economy Forum", timeZone: "Asia/Shanghai" });
  const hall = await createRoom(db, { forumId: forum.id, nameEn: "Main Hall", capacity: 800 });
  const side = await createRoom(db, { forumId: forum.id, nameEn: "Meeting Room 3", capacity: 120 });
  const panel = await createProgramSession(db, {
    forumId: forum.id, roomId: side.id, slug: "panel", titleEn: "Data <governance> & trust",
    startsAt: new Date("2025-07-10T03:00Z"), endsAt: new Date("2025-07-10T04:30Z"),
  });
  const showcase = await createProgramSession(db, { forumId: forum.id, roomId: hall.id, slug: "showcase", titleEn: "Showcase", startsAt: new Date("2025-07-10T06:00Z") });
  const expert = await createPerson(db, { nameEn: "Anna Petrova" });
  const organizer = await createUser(db, { role: "ORGANIZER", name: "Zhang Min" });
  const publish = async (comment: string) => {
    const result = await publishProgram({ forumId: forum.id, userId: organizer.id, comment });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.release;
  };
  await publish("First program");
  await db.programSession.update({ where: { id: panel.id }, data: { roomId: hall.id, startsAt: new Date("2025-07-10T04:00Z"), endsAt: new Date("2025-07-10T05:30Z") } });
  await createSessionRole(db, { sessionId: panel.id, personId: expert.id });
  await publish("Panel <moved> to the Main Hall & joined by Anna");
  await db.programSession.delete({ where: { id: showcase.id } });
  await publish("");
  const latest = await db.programRelease.findFirstOrThrow({ where: { forumId: forum.id }, orderBy: { version: "desc" }, select: { snapshot: true } });
  return { forum, hall, side, panel, showcase, organizer, live: liveSessions(parseProgramSnapshot(latest.snapshot)) };
}

describe("listReleases", () => {
  it("lists a forum's releases newest first with their changelogs and publisher, and no other forum's", async () => {
    const p = await publishedForum();
    const other = await createForum(testDb());
    await publishProgram({ forumId: other.id, userId: p.organizer.id, comment: "Elsewhere" });

    const releases = await listReleases(p.forum.id);
    expect(releases.map((r) => [r.version, r.comment, r.publisherName])).toEqual([
      [3, "", "Zhang Min"],
      [2, "Panel <moved> to the Main Hall & joined by Anna", "Zhang Min"],
      [1, "First program", "Zhang Min"],
    ]);
    expect(releases[0]!.changelog.removed.map((e) => e.slug)).toEqual(["showcase"]);
    expect(releases[1]!.changelog.moved.map((e) => e.slug)).toEqual(["panel"]);
    expect(releases[2]!.changelog.added.map((e) => e.slug)).toEqual(["panel", "showcase"]);
  });

  it("reads a release written with the old slug-only changelog", async () => {
    const forum = await createForum(testDb());
    await testDb().programRelease.create({
      data: { forumId: forum.id, version: 1, changelog: { added: ["opening"], removed: [], moved: [], retitled: [], peopleChanged: [] }, snapshot: {} },
    });
    const [release] = await listReleases(forum.id);
    expect(release?.changelog.added).toEqual([expect.objectContaining({ slug: "opening", titleEn: "opening" })]);
    expect(release?.publisherName).toBeNull();
  });
});

describe("describeChangelog", () => {
  const t = createTranslator({ locale: "en", messages: loadMessages("en"), namespace: "releases" });

  it("says where a moved session was and is, in the forum's time and in words, and links sessions still published", async () => {
    const p = await publishedForum();
    const [, second] = await listReleases(p.forum.id);
    const described = describeChangelog(second!.changelog, { t, locale: "en", timeZone: "Asia/Shanghai", live: p.live });
    expect(described.summary).toBe("1 moved and 1 with people changed");
    expect(described.sections.map((s) => s.heading)).toEqual(["Moved", "People changed"]);
    expect(described.sections[0]!.items).toEqual([
      {
        sessionId: p.panel.id,
        title: "Data <governance> & trust",
        titleLang: "en",
        href: "/program/panel",
        notes: [
          { label: "Was", text: "10 Jul 2025, 11:00–12:30, Meeting Room 3" },
          { label: "Now", text: "10 Jul 2025, 12:00–13:30, Main Hall" },
        ],
      },
    ]);
    expect(described.sections[1]!.items[0]!.notes).toEqual([{ label: null, text: "Joined: Anna Petrova" }]);
  });

  it("never links a removed session, and shows a title in the visitor's language when it has one", () => {
    const entry: ChangelogEntry = { sessionId: "s1", guid: "g1", slug: "gala", titleEn: "Gala dinner", titleZh: "欢迎晚宴", titleRu: null, titleFr: null };
    const live = liveSessions({ sessions: [] });
    const described = describeChangelog({ ...emptyChangelog(), removed: [entry], other: ["rooms"] }, { t, locale: "zh", timeZone: "Asia/Shanghai", live });
    expect(described.sections[0]!.items[0]).toMatchObject({ title: "欢迎晚宴", titleLang: "zh", href: null });
    expect(described.other).toBe("Also updated: rooms.");
  });
});

describe("describeChangelog of an address change", () => {
  const t = createTranslator({ locale: "en", messages: loadMessages("en"), namespace: "releases" });
  const entry: ChangelogEntry = { sessionId: "s1", guid: "g1", slug: "data-spaces", titleEn: "Data spaces", titleZh: null, titleRu: null, titleFr: null };

  it("says a sub-forum's and a speaker's address change, from the old page to the new one", () => {
    const described = describeChangelog(
      {
        ...emptyChangelog(),
        pageAddressChanged: [
          { kind: "subForum", id: "t1", nameEn: "Data Governance", fromSlug: "data-governance", slug: "governance" },
          { kind: "speaker", id: "p1", nameEn: "Li Wei", fromSlug: "li-wei", slug: "li-wei-mofcom" },
        ],
        other: ["subForums", "people"],
      },
      { t, locale: "en", timeZone: "Asia/Shanghai", live: liveSessions(null) },
    );
    expect(described.addresses).toEqual([
      "The address of Data Governance changed from /program?subforum=data-governance to /program?subforum=governance; the old address leads to the new one.",
      "The address of Li Wei changed from /speakers/li-wei to /speakers/li-wei-mofcom; the old address leads to the new one.",
    ]);
  });

  it("says an address change as such, from the old address to the new one", () => {
    const live = liveSessions({ sessions: [{ id: "s1", slug: "data-spaces", type: "SUBFORUM" }] as never });
    const described = describeChangelog({ ...emptyChangelog(), addressChanged: [{ ...entry, fromSlug: "data-spaces-in-practice" }] }, { t, locale: "en", timeZone: "Asia/Shanghai", live });
    expect(described.summary).toBe("1 with a new address");
    expect(described.sections).toEqual([
      {
        kind: "addressChanged",
        heading: "Address changed",
        items: [expect.objectContaining({ href: "/program/data-spaces", notes: [{ label: null, text: "Address changed from /program/data-spaces-in-practice to /program/data-spaces; the old address leads to the new one." }] })],
      },
    ]);
  });

  it("still reads a changelog written before address changes had their own list", () => {
    const stored = { format: 2, added: [], removed: [], moved: [], retitled: [], peopleChanged: [], updated: [{ ...entry, details: ["slug"] }], other: [] };
    const described = describeChangelog(parseChangelog(stored), { t, locale: "en", timeZone: "Asia/Shanghai", live: liveSessions(null) });
    expect(described.sections.map((s) => [s.heading, s.items[0]?.notes])).toEqual([["Details updated", [{ label: null, text: "Changed: web address" }]]]);
  });
});

describe("buildChangesFeed", () => {
  it("writes a well-formed Atom 1.0 feed with one entry per release, newest first", async () => {
    const p = await publishedForum();
    const releases = await listReleases(p.forum.id);
    const xml = buildChangesFeed(p.forum, releases, "https://forum.example.org/", { live: p.live });

    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(await xpath(xml, `count(/${a("feed")}/${a("entry")})`)).toBe("3");
    // RFC 4287 §4.1.1: a feed has exactly one id, title and updated, an author, and should link to itself.
    for (const element of ["id", "title", "updated", "author"]) expect(await xpath(xml, `count(/${a("feed")}/${a(element)})`)).toBe("1");
    expect(await xpath(xml, `string(/${a("feed")}/${a("link")}[@rel='self']/@href)`)).toBe("https://forum.example.org/program/changes.atom");
    expect(await xpath(xml, `string(/${a("feed")}/${a("updated")})`)).toBe(releases[0]!.publishedAt.toISOString());
    // Each entry: one id, title, updated, and content.
    for (const element of ["id", "title", "updated", "content", "summary"]) {
      expect(await xpath(xml, `count(/${a("feed")}/${a("entry")}[count(${a(element)}) = 1])`)).toBe("3");
    }
    expect(await xpath(xml, `string(/${a("feed")}/${a("entry")}[1]/${a("title")})`)).toMatch(/^Release 3 · \d{1,2} \p{L}+ \d{4} at \d{2}:\d{2} \(forum time\)$/u);
    expect(await xpath(xml, `string(/${a("feed")}/${a("entry")}[2]/${a("title")})`)).toContain("— Panel <moved> to the Main Hall & joined by Anna");
    expect(await xpath(xml, `string(/${a("feed")}/${a("entry")}[2]/${a("summary")})`)).toBe("1 moved and 1 with people changed");
    expect(await xpath(xml, `string(/${a("feed")}/${a("entry")}[3]/${a("summary")})`)).toBe("First publication of the program: 2 sessions.");
  });

  it("gives each release an id of its own that stays the same across builds and hosts", async () => {
    const p = await publishedForum();
    const releases = await listReleases(p.forum.id);
    const ids = async (xml: string) => (await xpath(xml, `/${a("feed")}/${a("entry")}/${a("id")}/text()`)).split("\n");
    const here = await ids(buildChangesFeed(p.forum, releases, "https://forum.example.org"));
    const there = await ids(buildChangesFeed(p.forum, releases.slice(0, 2), "http://localhost:3000"));
    expect(here).toHaveLength(3);
    expect(new Set(here).size).toBe(3);
    for (const id of here) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(there).toEqual(here.slice(0, 2));
  });

  it("carries the changelog as escaped HTML that links the sessions still published", async () => {
    const p = await publishedForum();
    const xml = buildChangesFeed(p.forum, await listReleases(p.forum.id), "https://forum.example.org", { live: p.live });
    const second = await xpath(xml, `string(/${a("feed")}/${a("entry")}[2]/${a("content")}[@type='html'])`);
    // The element's text is the HTML, whose own markup characters are escaped once.
    expect(second).toContain("<p>Panel &lt;moved&gt; to the Main Hall &amp; joined by Anna</p><h3>Moved</h3>");
    expect(second).toContain('<a href="https://forum.example.org/program/panel">Data &lt;governance&gt; &amp; trust</a> — Was: 10 Jul 2025, 11:00–12:30, Meeting Room 3');
    const third = await xpath(xml, `string(/${a("feed")}/${a("entry")}[1]/${a("content")})`);
    expect(third).toContain("<h3>Removed</h3><ul><li>Showcase</li></ul>");
    expect(third).not.toContain("/program/showcase");
  });

  it("writes a valid feed with no entries before the first release", async () => {
    const now = new Date("2025-06-01T00:00:00.000Z");
    const xml = buildChangesFeed({ id: "f1", nameEn: "Forum & Co", timeZone: "Asia/Shanghai" }, [], "https://forum.example.org", { now });
    expect(await xpath(xml, `count(/${a("feed")}/${a("entry")})`)).toBe("0");
    expect(await xpath(xml, `string(/${a("feed")}/${a("updated")})`)).toBe("2025-06-01T00:00:00.000Z");
    expect(await xpath(xml, `string(/${a("feed")}/${a("title")})`)).toBe("Forum & Co: program changes");
  });

  it("drops characters XML cannot carry instead of writing a broken feed", async () => {
    const release: FeedRelease = {
      id: "r1",
      version: 1,
      publishedAt: new Date("2025-06-28T02:00:00.000Z"),
      comment: "Bell\u0007 and \uD800 lone surrogate",
      changelog: initialChangelog({ sessions: [] } as never),
    };
    const xml = buildChangesFeed({ id: "f1", nameEn: "Forum", timeZone: "Asia/Shanghai" }, [release], "https://forum.example.org");
    expect(await xpath(xml, `string(/${a("feed")}/${a("entry")}/${a("title")})`)).toBe("Release 1 · 28 June 2025 at 10:00 (forum time) — Bell and  lone surrogate");
  });
});

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
  });
});
