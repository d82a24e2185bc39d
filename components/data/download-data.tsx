"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { exportBrowserData } from "@/lib/data-export/storage";

/** "Download your data": every Pagebreak key of this browser as one JSON file. */
export function DownloadData() {
  const [saved, setSaved] = useState("");

  function download() {
    const file = exportBrowserData();
    const name = `pagebreak-data-${file.exportedAt.slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
    // The download has started from the link; the address is not needed after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setSaved(`Downloaded ${name}.`);
  }

  return (
    <div>
      <Button variant="primary" onClick={download}>
        Download your data
      </Button>
      <p role="status" className="mt-2 text-sm text-slate-700 empty:mt-0 dark:text-slate-300">
        {saved}
      </p>
    </div>
  );
}
