import Link from "next/link";

/** "History": the audit log filtered to one console record (lib/audit/schemas.ts historyHref). */
export function HistoryLink({ href, label, name }: { href: string; label: string; name?: string }) {
  return (
    <Link href={href} aria-label={name ? `${label}: ${name}` : undefined} className="text-sm font-medium text-brand-700 underline">
      {label}
    </Link>
  );
}
