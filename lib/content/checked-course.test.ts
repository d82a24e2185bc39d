import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { CHECKED_COURSE_ENV, readCheckedCourse, saveCheckedCourse } from "./checked-course";
import { checkContentFolder } from "./load";

vi.mock("server-only", () => ({}));

const JEKYLL = path.join(import.meta.dirname, "__fixtures__", "jekyll-course");

describe("the checked course a build hands to its workers", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "pagebreak-checked-"));
  const file = path.join(folder, "checked-course.v8");
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads back what the check loaded, with an entry still one object in its section and in the sequence", () => {
    const checked = checkContentFolder(JEKYLL);
    saveCheckedCourse(file, JEKYLL, checked);
    const read = readCheckedCourse(JEKYLL, { [CHECKED_COURSE_ENV]: file });
    expect(read).toEqual(checked);
    const lesson = read!.course.sections[0]!.items[0]!.entry;
    expect(read!.course.sequence).toContain(lesson);
    expect(read!.course.sequence.map((entry) => entry.slug)).toEqual(checked.course.sequence.map((entry) => entry.slug));
  });

  it("is not used for another folder, without the variable, or when the file is missing or broken", () => {
    saveCheckedCourse(file, JEKYLL, checkContentFolder(JEKYLL));
    expect(readCheckedCourse(path.join(JEKYLL, "_posts"), { [CHECKED_COURSE_ENV]: file })).toBeUndefined();
    expect(readCheckedCourse(JEKYLL, {})).toBeUndefined();
    expect(readCheckedCourse(JEKYLL, { [CHECKED_COURSE_ENV]: path.join(folder, "missing.v8") })).toBeUndefined();
    expect(readCheckedCourse(JEKYLL, { [CHECKED_COURSE_ENV]: __filename })).toBeUndefined();
  });
});
