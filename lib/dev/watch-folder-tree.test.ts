import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { watchFolderTree } = await import("./watch-folder-tree");

describe("watchFolderTree (real files in a temporary folder)", () => {
  let root: string;
  let seen: string[];
  let watcher: { close(): void };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "pagebreak-watch-"));
    mkdirSync(path.join(root, "_posts"));
    writeFileSync(path.join(root, "_posts/a.md"), "one");
    seen = [];
    watcher = watchFolderTree(root, (relative) => seen.push(relative));
  });

  afterEach(() => {
    watcher.close();
    rmSync(root, { recursive: true, force: true });
  });

  const sees = (relative: string) => expect.poll(() => seen, { timeout: 5_000 }).toContain(relative);

  it("reports a file written in place, in a sub-folder, relative and with / separators", async () => {
    writeFileSync(path.join(root, "_posts/a.md"), "two");
    await sees("_posts/a.md");
  });

  it("keeps reporting a file after an editor saved it by renaming a new file over it", async () => {
    for (const text of ["two", "three"]) {
      seen = [];
      writeFileSync(path.join(root, "_posts/.a.md.tmp"), text);
      renameSync(path.join(root, "_posts/.a.md.tmp"), path.join(root, "_posts/a.md"));
      await sees("_posts/a.md");
    }
    seen = [];
    writeFileSync(path.join(root, "_posts/a.md"), "in place again");
    await sees("_posts/a.md");
  });

  it("reports a folder moved in with its files, and files saved in it later", async () => {
    const outside = mkdtempSync(path.join(tmpdir(), "pagebreak-outside-"));
    mkdirSync(path.join(outside, "_quizzes"));
    writeFileSync(path.join(outside, "_quizzes/q.md"), "quiz");
    renameSync(path.join(outside, "_quizzes"), path.join(root, "_quizzes"));
    rmSync(outside, { recursive: true });
    await sees("_quizzes");
    await sees("_quizzes/q.md");
    seen = [];
    writeFileSync(path.join(root, "_quizzes/q.md"), "quiz, edited");
    await sees("_quizzes/q.md");
  });

  it("reports a deleted file", async () => {
    rmSync(path.join(root, "_posts/a.md"));
    await sees("_posts/a.md");
  });

  it("refuses a root that is not a folder", () => {
    expect(() => watchFolderTree(path.join(root, "missing"), () => {})).toThrow(/is not a folder/);
  });
});
