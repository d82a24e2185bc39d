"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { BASE_PATH } from "@/lib/base-path";
import { readStored } from "@/lib/browser-storage";
import { forgetMembership, membership, OUTBOX_KEY, subscribeToMembership } from "@/lib/class/browser/membership";

function waitingCount(): number {
  return readStored(OUTBOX_KEY, (raw) => {
    try {
      const events = (JSON.parse(raw ?? "null") as { events?: unknown } | null)?.events;
      return Array.isArray(events) ? events.length : 0;
    } catch {
      return 0;
    }
  }, 0, "count");
}

/**
 * The learner's class: which one, under what name, how many events wait to be sent, and the two
 * ways out: Leave class (this browser stops sending; what it sent stays with the instructor) and
 * deleting what the class holds about them.
 */
export function ClassStatus() {
  const member = useSyncExternalStore(subscribeToMembership, membership, () => null);
  const waiting = useSyncExternalStore(subscribeToMembership, waitingCount, () => 0);
  const [message, setMessage] = useState<string | undefined>();
  const [confirmDelete, setConfirmDelete] = useState(false);

  // Opening this page sends what waits (say, after the learner was offline).
  useEffect(() => {
    if (member && !member.signedOut) void import("@/lib/class/browser/sender").then(({ sendNow }) => sendNow());
  }, [member]);

  if (!member) {
    return <p role="status">{message ?? "This browser is not in a class. Your instructor gives you a join address."}</p>;
  }

  async function leave() {
    const response = await fetch(`${BASE_PATH}/api/class/leave`, { method: "POST", credentials: "same-origin" }).catch(() => undefined);
    if (!response?.ok) {
      setMessage("Could not reach the class to leave it; try again when online.");
      return;
    }
    forgetMembership(true);
    setMessage("You left the class. Nothing more is sent; your data stays in this browser.");
  }

  async function deleteAtClass() {
    const response = await fetch(`${BASE_PATH}/api/class/me`, { method: "DELETE", credentials: "same-origin" }).catch(() => undefined);
    if (!response?.ok && response?.status !== 401) {
      setMessage("Could not reach the class to delete your data there; try again when online.");
      return;
    }
    forgetMembership(true);
    setMessage("The class no longer has your name or anything you sent. Your data in this browser is untouched.");
  }

  return (
    <div className="grid gap-4">
      <p>
        You are in <strong>{member.className}</strong> as <strong>{member.displayName}</strong>.
      </p>
      {member.signedOut ? (
        <p role="alert">The class no longer knows this browser (its cookie was cleared, or your data was deleted there). Join again to send.</p>
      ) : (
        <p role="status">{waiting === 0 ? "Everything is sent." : `${waiting} ${waiting === 1 ? "event waits" : "events wait"} to be sent.`}</p>
      )}
      {message && <p role="alert">{message}</p>}
      <div className="flex flex-wrap gap-3">
        <Button onClick={leave}>Leave class</Button>
        {!confirmDelete ? (
          <Button onClick={() => setConfirmDelete(true)}>Delete my data at the class…</Button>
        ) : (
          <>
            <Button variant="danger" onClick={deleteAtClass}>
              Delete my data at the class
            </Button>
            <Button onClick={() => setConfirmDelete(false)}>Cancel</Button>
          </>
        )}
      </div>
    </div>
  );
}
