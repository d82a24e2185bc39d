import { afterEach, describe, expect, it, vi } from "vitest";

// BASE_PATH and TRAILING_SLASH are read once from the environment next.config.js sets.
async function pageUrlWith(env: { basePath?: string; trailingSlash?: boolean }) {
  vi.resetModules();
  vi.stubEnv("PAGEBREAK_BASE_PATH", env.basePath ?? "");
  vi.stubEnv("PAGEBREAK_TRAILING_SLASH", env.trailingSlash ? "1" : "");
  return (await import("./base-path")).pageUrl;
}

afterEach(() => vi.unstubAllEnvs());

describe("pageUrl", () => {
  it("leaves an address as it is for the app at the root", async () => {
    const pageUrl = await pageUrlWith({});
    expect(pageUrl("/")).toBe("/");
    expect(pageUrl("/lessons/intro/2")).toBe("/lessons/intro/2");
    expect(pageUrl("/lessons/intro/all#slide-3")).toBe("/lessons/intro/all#slide-3");
  });

  it("puts the base path first and, on the static export, a slash after the path but before a query or fragment", async () => {
    const pageUrl = await pageUrlWith({ basePath: "/course", trailingSlash: true });
    expect(pageUrl("/")).toBe("/course/");
    expect(pageUrl("/lessons/intro/2")).toBe("/course/lessons/intro/2/");
    expect(pageUrl("/lessons/intro/all#slide-3")).toBe("/course/lessons/intro/all/#slide-3");
    expect(pageUrl("/lessons/intro/presenter?slide=4")).toBe("/course/lessons/intro/presenter/?slide=4");
  });
});
