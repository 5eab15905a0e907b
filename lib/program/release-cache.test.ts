import { describe, expect, it } from "vitest";
import { perRelease } from "./release-cache";

describe("perRelease", () => {
  it("computes once per release and key, also for concurrent callers", async () => {
    let runs = 0;
    const compute = async () => {
      runs++;
      return `body ${runs}`;
    };
    const r1 = { id: "release1aaaaaaaaaaaaaaaaa", version: 1 };
    const results = await Promise.all([perRelease(r1, "json", compute), perRelease(r1, "json", compute), perRelease(r1, "json", compute)]);
    expect(results).toEqual(["body 1", "body 1", "body 1"]);
    expect(await perRelease(r1, "xml", compute)).toBe("body 2");
    // A publish makes a new release: everything is computed afresh.
    expect(await perRelease({ id: "release2aaaaaaaaaaaaaaaaa", version: 2 }, "json", compute)).toBe("body 3");
    expect(runs).toBe(3);
  });

  it("does not keep a failure", async () => {
    const r = { id: "release3aaaaaaaaaaaaaaaaa", version: 3 };
    await expect(perRelease(r, "x", () => Promise.reject(new Error("database away")))).rejects.toThrow("database away");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await perRelease(r, "x", () => "ok")).toBe("ok");
  });
});
