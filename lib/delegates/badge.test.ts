import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { newBadgeCode } from "@/lib/participants/codes";
import { badgeQrDataUrl, badgeQrSvg, groupBadgeCode } from "./badge";

/** Draws the SVG's one path (qrcode's "M x y h n m dx dy" runs) into pixels, as a scanner would see it printed. */
function rasterize(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? "";
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    const da = Number(a);
    if (cmd === "M") [x, y] = [da, Number(b)];
    else if (cmd === "m") [x, y] = [x + da, y + Number(b ?? 0)];
    else {
      for (let col = x; col < x + da; col++) {
        for (let py = Math.floor(y) * scale; py < (Math.floor(y) + 1) * scale; py++) {
          for (let px = col * scale; px < (col + 1) * scale; px++) data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
        }
      }
      x += da;
    }
  }
  return { data, width, height: width };
}

describe("the badge's QR code and printed code", () => {
  it("draws a QR code that a scanner reads back as the badge code", async () => {
    const code = newBadgeCode();
    const svg = await badgeQrSvg(code);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const { data, width, height } = rasterize(svg);
    expect(jsQR(data, width, height)?.data).toBe(code);
  });

  it("embeds the same SVG as a data: URL for an <img>", async () => {
    const code = "ABCDEFGHIJKLMNOP";
    const url = await badgeQrDataUrl(code);
    expect(url.startsWith("data:image/svg+xml;base64,")).toBe(true);
    expect(Buffer.from(url.split(",")[1] ?? "", "base64").toString("utf8")).toBe(await badgeQrSvg(code));
  });

  it("prints the code in groups of four for typing", () => {
    expect(groupBadgeCode("ABCDEFGHIJKLMNOP")).toBe("ABCD EFGH IJKL MNOP");
    expect(groupBadgeCode("ABCDEF")).toBe("ABCD EF");
  });
});
