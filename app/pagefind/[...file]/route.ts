import { loadCourse } from "@/lib/content/load";
import { buildIndexFiles, type IndexFiles } from "@/lib/search/build-index";
import { indexFileType } from "@/lib/search/index-files";
import { buildSearchRecords } from "@/lib/search/records";
import { buildsStaticExport } from "@/lib/static-params";

type Params = { file: string[] };

/**
 * The course's search index (Pagefind). The static export writes every file into `out/pagefind/`;
 * a server builds the index on the first request for one of them, and keeps each file it serves
 * (lib/static-params.ts `dataRouteParams`). Pages load it only when the learner starts to search
 * (components/search/course-search.tsx).
 */
export const dynamic = "force-static";

let built: Promise<IndexFiles> | undefined;

/** Built once per process; the records come from the course, not from its pages. */
function indexFiles(): Promise<IndexFiles> {
  built ??= buildIndexFiles(buildSearchRecords(loadCourse()));
  return built;
}

export async function generateStaticParams(): Promise<Params[]> {
  if (!buildsStaticExport()) return [];
  return [...(await indexFiles()).keys()].map((file) => ({ file: file.split("/") }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const path = (await params).file.join("/");
  const body = (await indexFiles()).get(path);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), { headers: { "Content-Type": indexFileType(path) } });
}
