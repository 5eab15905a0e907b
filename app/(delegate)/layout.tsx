import { PublicShell } from "@/components/layout/public-shell";

export default function DelegateLayout({ children }: { children: React.ReactNode }) {
  return <PublicShell>{children}</PublicShell>;
}
