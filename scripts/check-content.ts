/**
 * Validates the course without building the app: `file:line: message` for every error, exit 1 if any.
 * Run with `tsx --conditions=react-server` (the loader is server-only code).
 */
import { buildCourse } from "../lib/content/course";
import { ContentErrorList, formatContentError, sortContentErrors } from "../lib/content/errors";
import { contentDir, readSourceFiles } from "../lib/content/load";

function main(): number {
  const dir = process.argv[2] ? (process.env.CONTENT_DIR = process.argv[2]) : contentDir();
  let files;
  try {
    files = readSourceFiles(contentDir());
  } catch (error) {
    if (error instanceof ContentErrorList) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const { course, errors } = buildCourse(files);
  if (errors.length > 0) {
    const sorted = sortContentErrors(errors);
    for (const error of sorted) console.error(formatContentError(error));
    const fileCount = new Set(sorted.map((error) => error.file)).size;
    console.error(`\n${sorted.length} ${sorted.length === 1 ? "error" : "errors"} in ${fileCount} ${fileCount === 1 ? "file" : "files"} (content folder: ${dir})`);
    return 1;
  }
  console.log(`Content OK: ${course.sequence.length} pages in ${course.sections.length} sections (${dir})`);
  return 0;
}

process.exitCode = main();
