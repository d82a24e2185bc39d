import type { Metadata } from "next";
import { ClassStatus } from "@/components/class/class-status";
import "@/styles/site.css";

export const metadata: Metadata = { title: "Your class", robots: { index: false } };

export default function YourClassPage() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">Your class</h1>
      <ClassStatus />
    </>
  );
}
