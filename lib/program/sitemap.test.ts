import { describe, expect, it } from "vitest";
import { createForum, createPerson, createProgramSession, createSessionRole, createSubForum, publishForTests } from "@/prisma/factories";
import { testDb } from "@/test/db";
import { buildProgramSnapshot } from "./snapshot";
import { sitemapEntries } from "./sitemap";

describe("sitemapEntries", () => {
  it("lists the released sessions, speakers and sub-forum calendars, never a break nor a draft", async () => {
    const db = testDb();
    const forum = await createForum(db);
    const subForum = await createSubForum(db, { forumId: forum.id, slug: "data-governance" });
    const panel = await createProgramSession(db, { forumId: forum.id, slug: "governance-panel", subForumId: subForum.id });
    await createProgramSession(db, { forumId: forum.id, slug: "lunch", type: "BREAK" });
    await createSessionRole(db, { sessionId: panel.id, personId: (await createPerson(db, { slug: "li-wei" })).id });
    await publishForTests(db, forum.id);
    const snapshot = await buildProgramSnapshot(db, forum.id);
    // A draft made after the release: not in the snapshot the sitemap is given.
    await createProgramSession(db, { forumId: forum.id, slug: "draft-session" });

    const publishedAt = new Date("2025-07-01T00:00:00Z");
    const urls = sitemapEntries({ snapshot, publishedAt }, ["tianjin-port-group"], "https://forum.example.org/").map((e) => e.url);
    expect(urls).toEqual([
      "https://forum.example.org/",
      "https://forum.example.org/signings",
      "https://forum.example.org/register",
      "https://forum.example.org/program",
      "https://forum.example.org/program/changes",
      "https://forum.example.org/speakers",
      "https://forum.example.org/program/governance-panel",
      "https://forum.example.org/speakers/li-wei",
      "https://forum.example.org/program/sub-forums/data-governance/calendar.ics",
      "https://forum.example.org/organizations/tianjin-port-group",
    ]);
    expect(sitemapEntries(null, [], "https://forum.example.org").map((e) => e.url)).toEqual([
      "https://forum.example.org/",
      "https://forum.example.org/signings",
      "https://forum.example.org/register",
    ]);
  });
});
