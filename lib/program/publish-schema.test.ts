import { describe, expect, it } from "vitest";
import { programImportSchema } from "./import/schema";
import { releaseCommentSchema } from "./publish-schema";

// Both end up in the audit trail's JSON, where PostgreSQL refuses a NUL: a pasted one answered 500.
describe("text the program's writes store in the audit trail", () => {
  it("drops control characters from a release comment and keeps its line breaks", () => {
    expect(releaseCommentSchema.parse("  Moved the panel\u0000\r\nto Hall B\u0007 ")).toBe("Moved the panel\nto Hall B");
  });

  it("makes an imported file's name one clean line", () => {
    expect(programImportSchema.parse({ fileName: "sched\u0000ule\n.json", text: "{}" }).fileName).toBe("sched ule .json");
  });
});
