import { loadCourse } from "@/lib/content/load";
import { buildIndexFiles, type IndexFiles } from "@/lib/search/build-index";
import { indexFileType } from "@/lib/search/index-files";
import { buildSearchRecords } from "@/lib/search/records";

type Params = { file: string[] };

/**
 * The course's search index (Pagefind), built with the site: `next build` writes each file into
 * the build folder, which `next start` serves, and the static export into `out/pagefind/`. Pages
 * load it only when the learner starts to search (components/search/course-search.tsx).
 */
export const dynamic = "force-static";
export const dynamicParams = false;

let built: Promise<IndexFiles> | undefined;

/** Built once per build process; the records come from the course, not from its pages. */
function indexFiles(): Promise<IndexFiles> {
  built ??= buildIndexFiles(buildSearchRecords(loadCourse()));
  return built;
}

export async function generateStaticParams(): Promise<Params[]> {
  return [...(await indexFiles()).keys()].map((file) => ({ file: file.split("/") }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const path = (await params).file.join("/");
  const body = (await indexFiles()).get(path);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), { headers: { "Content-Type": indexFileType(path) } });
}
