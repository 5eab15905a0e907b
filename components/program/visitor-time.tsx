"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * The session's time in the visitor's own zone, shown only when it differs from the forum's.
 * The server cannot know the zone, so it renders nothing and the browser fills it in.
 */
export function VisitorTime({ start, end, forumZone, locale, template }: { start: string; end: string; forumZone: string; locale: string; template: string }) {
  const zone = useSyncExternalStore(subscribe, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => null);
  if (!zone || sameOffset(zone, forumZone, start)) return null;
  const range = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).formatRange(new Date(start), new Date(end));
  return <p className="text-sm text-slate-600">{template.replace("{time}", `${range} (${zone})`)}</p>;
}

function sameOffset(a: string, b: string, at: string): boolean {
  const fmt = (tz: string) => new Intl.DateTimeFormat("en", { timeZone: tz, timeZoneName: "longOffset" }).format(new Date(at)).split(" ").pop();
  return fmt(a) === fmt(b);
}
