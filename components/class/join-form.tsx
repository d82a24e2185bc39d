"use client";

import { useId, useState, useSyncExternalStore, type FormEvent } from "react";
import { PageLink } from "@/components/page-link";
import { Button } from "@/components/ui/button";
import { BASE_PATH } from "@/lib/base-path";
import { membership, saveMembership, subscribeToMembership } from "@/lib/class/browser/membership";

type Props = { code: string; className: string };

type Answer = { classCode: string; className: string; learnerId: string; displayName: string };

/** "Your name" and Join: the learner's whole sign-up. No e-mail, no password. */
export function JoinForm({ code, className }: Props) {
  const inputId = useId();
  const member = useSyncExternalStore(subscribeToMembership, membership, () => null);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  if (member && member.code === code && !member.signedOut) {
    return (
      <div role="status" className="rounded-lg border border-emerald-700 p-4 dark:border-emerald-400">
        <p>
          You are in <strong>{member.className}</strong> as <strong>{member.displayName}</strong>. Your answers, quiz scores and reading progress
          also go to the class.
        </p>
        <p className="mt-3 flex flex-wrap gap-4">
          <PageLink href="/" className="font-medium text-accent underline dark:text-accent-dark">
            Go to the course
          </PageLink>
          <PageLink href="/class" className="font-medium text-accent underline dark:text-accent-dark">
            Your class
          </PageLink>
        </p>
      </div>
    );
  }

  async function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`${BASE_PATH}/api/class/join`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code, name }),
        credentials: "same-origin",
      });
      const answer = (await response.json().catch(() => ({}))) as Partial<Answer> & { error?: string };
      if (!response.ok || !answer.learnerId || !answer.classCode) {
        setError(answer.error ?? "Could not join the class; try again.");
        return;
      }
      const saved = saveMembership({
        version: 1,
        code: answer.classCode,
        className: answer.className ?? className,
        displayName: answer.displayName ?? name,
        learnerId: answer.learnerId,
        joinedAt: new Date().toISOString(),
      });
      if (!saved) setError("You joined, but this browser refused to store it (storage full or turned off), so nothing will be sent.");
    } catch {
      setError("Could not reach the class; check the connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={join} className="grid max-w-sm gap-3" aria-describedby={error ? `${inputId}-error` : undefined}>
      {member && member.code !== code && (
        <p className="text-sm">Joining this class takes this browser out of {member.className}.</p>
      )}
      <label htmlFor={inputId} className="font-medium">
        Your name
      </label>
      <input
        id={inputId}
        name="name"
        required
        maxLength={60}
        autoComplete="nickname"
        value={name}
        onChange={(event) => setName(event.target.value)}
        className="min-h-11 rounded-lg border border-slate-400 px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
      />
      <p className="text-sm text-slate-600 dark:text-slate-400">Your instructor sees this name with your answers. No e-mail or password.</p>
      <Button type="submit" variant="primary" disabled={busy}>
        Join
      </Button>
      {error && (
        <p id={`${inputId}-error`} role="alert" className="text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
    </form>
  );
}
