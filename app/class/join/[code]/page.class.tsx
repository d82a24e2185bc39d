import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JoinForm } from "@/components/class/join-form";
import { ClassUnavailable } from "@/components/class/class-unavailable";
import { classDatabase } from "@/lib/class/db/connect";
import { findClass } from "@/lib/class/db/queries";
import { classCodeSchema } from "@/lib/class/names";
import "@/styles/site.css";

export const metadata: Metadata = { title: "Join a class", robots: { index: false } };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const code = classCodeSchema.safeParse((await params).code.toUpperCase());
  if (!code.success) notFound();
  let found: Awaited<ReturnType<typeof findClass>>;
  try {
    found = await findClass((await classDatabase()).db, code.data);
  } catch {
    return <ClassUnavailable />;
  }
  if (!found) notFound();
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">Join {found.name}</h1>
      <p className="mb-6 max-w-prose text-slate-700 dark:text-slate-300">
        Once you join, your answers, quiz scores and reading progress in this browser also go to the class, so your instructor sees what the
        class finds hard. You can leave at any time.
      </p>
      <JoinForm code={found.code} className={found.name} />
    </>
  );
}
