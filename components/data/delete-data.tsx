"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteBrowserData } from "@/lib/data-export/storage";

/**
 * "Delete your data": asks first, in the page (not a browser dialog), then removes every Pagebreak
 * key from this browser and nothing else.
 */
export function DeleteData() {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState("");
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  function ask() {
    setDone("");
    setAsking(true);
    // The least harmful choice takes focus, once it is on screen.
    requestAnimationFrame(() => cancelRef.current?.focus());
  }

  function close(message: string) {
    setAsking(false);
    setDone(message);
    requestAnimationFrame(() => deleteRef.current?.focus());
  }

  return (
    <div>
      <Button ref={deleteRef} onClick={ask} aria-expanded={asking} aria-controls="delete-confirm">
        Delete your data
      </Button>
      {asking && (
        <div
          id="delete-confirm"
          role="group"
          aria-labelledby="delete-question"
          className="mt-3 rounded-lg border border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
        >
          <p id="delete-question" className="mb-3">
            Delete everything Pagebreak keeps in this browser? Your reading progress, quiz attempts and sessions, review schedule and theme
            will be gone. To keep a copy, download your data first.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              variant="danger"
              onClick={() => close(deleteBrowserData() ? "Deleted: this browser keeps no Pagebreak data now." : "This browser refused to delete the data.")}
            >
              Yes, delete my data
            </Button>
            <Button ref={cancelRef} onClick={() => close("")}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      <p role="status" className="mt-2 text-sm text-slate-700 empty:mt-0 dark:text-slate-300">
        {done}
      </p>
    </div>
  );
}
