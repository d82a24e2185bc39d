import { describe, expect, it } from "vitest";
import { isNewerContent, parseContentVersion } from "./content-events";

describe("when an open page reloads", () => {
  const shown = { run: "a", changes: 3 };

  it("reloads for a later change of the same run, or any state of another run (a restart)", () => {
    expect(isNewerContent({ run: "a", changes: 4 }, shown)).toBe(true);
    expect(isNewerContent({ run: "b", changes: 0 }, shown)).toBe(true);
  });

  it("stays for the state it was rendered from or an earlier one (an event that arrived late)", () => {
    expect(isNewerContent({ run: "a", changes: 3 }, shown)).toBe(false);
    expect(isNewerContent({ run: "a", changes: 2 }, shown)).toBe(false);
  });

  it("reloads on any state when the page was rendered before a watcher ran", () => {
    expect(isNewerContent({ run: "a", changes: 0 }, undefined)).toBe(true);
  });
});

describe("parseContentVersion", () => {
  it("reads the server's event data", () => {
    expect(parseContentVersion('{"run":"a","changes":2,"files":["_posts/a.md"]}')).toEqual({ run: "a", changes: 2 });
  });

  it("treats anything else as newer than every state, so the page reloads", () => {
    for (const data of ["not json", "null", '{"run":1,"changes":2}', '{"run":"a"}', undefined]) {
      expect(isNewerContent(parseContentVersion(data), { run: "a", changes: 1e9 })).toBe(true);
    }
  });
});
