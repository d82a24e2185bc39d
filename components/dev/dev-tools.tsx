import { contentVersion } from "@/lib/dev/course-cache";

/**
 * What `npm run dev` adds to every page: the live reload. Imported inside the development branch
 * so that a build, where the branch is dead, leaves the client component out of its bundles (a
 * plain import puts it in the layout's chunk even when it is never rendered).
 */
export async function DevTools() {
  if (process.env.NODE_ENV === "development") {
    const { LiveReload } = await import("./live-reload");
    return <LiveReload shown={contentVersion()} />;
  }
  return null;
}
