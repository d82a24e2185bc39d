import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

/** The rules preflight.css leaves out, by how they start; each goes with the comment before it. */
const DROPPED = [":where(select:is(", "textarea {", "::-webkit-date-and-time-value", "::-webkit-datetime-edit", "::-webkit-calendar-picker-indicator", "::-webkit-inner-spin-button"];

/** Tailwind's file without the DROPPED rules; its parts are separated by blank lines. */
function withoutDropped(css: string): string {
  const kept: string[] = [];
  for (const part of css.split("\n\n")) {
    if (!DROPPED.some((start) => part.startsWith(start))) kept.push(part);
    else if (kept.at(-1)?.startsWith("/*")) kept.pop();
  }
  return kept.join("\n\n");
}

it("preflight.css is Tailwind's preflight without the dropped rules, and drops each of them", () => {
  const tailwind = readFileSync(createRequire(import.meta.url).resolve("tailwindcss/preflight.css"), "utf8");
  const ours = readFileSync(fileURLToPath(new URL("preflight.css", import.meta.url)), "utf8");
  const body = ours.slice(ours.indexOf("*/\n\n") + 4);
  expect(body).toBe(withoutDropped(tailwind));
  for (const start of DROPPED) {
    expect(tailwind, start).toContain(`\n${start}`);
    expect(body, start).not.toContain(start);
  }
});
