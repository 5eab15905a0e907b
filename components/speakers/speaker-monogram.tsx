import { cn } from "@/lib/ui/cn";

/**
 * Initials in a circle, in place of a photo (the demo has none). Latin and Cyrillic names give two
 * initials; a Chinese name its family name's character.
 */
export function SpeakerMonogram({ name, size = "md" }: { name: string; size?: "md" | "lg" }) {
  const words = name.trim().split(/\s+/u);
  const cjk = /\p{Script=Han}/u.test(name);
  const initials = cjk ? [...name.trim()][0] ?? "" : words.map((w) => [...w][0] ?? "").slice(0, 2).join("").toUpperCase();
  return (
    <span
      aria-hidden
      className={cn(
        "grid shrink-0 place-items-center rounded-full bg-brand-100 font-semibold text-brand-800 ring-1 ring-brand-200 print:hidden",
        size === "lg" ? "size-20 text-2xl" : "size-12 text-base",
      )}
    >
      {initials}
    </span>
  );
}
