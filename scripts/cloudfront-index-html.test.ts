import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

const FILE = fileURLToPath(new URL("../deploy/cloudfront/index-html.js", import.meta.url));
const code = readFileSync(FILE, "utf8");

type Field = { value: string; multiValue?: { value: string }[] };
type Request = { method: string; uri: string; querystring: Record<string, Field>; headers: Record<string, Field> };
type Result = Request | { statusCode: number; statusDescription: string; headers: { location: Field } };

// CloudFront runs the file as a plain script (no modules) and calls its top-level `handler`.
const handler = vm.runInNewContext(`${code}\nhandler;`, {}, { filename: FILE }) as (event: { request: Request }) => Result;

function viewerRequest(uri: string, querystring: Record<string, Field> = {}): Result {
  return handler({ request: { method: "GET", uri, querystring, headers: { host: { value: "d111111abcdef8.cloudfront.net" } } } });
}

describe("the CloudFront function for folder addresses (deploy/cloudfront/index-html.js)", () => {
  it("is a plain script with a top-level handler: no import or export, which CloudFront Functions refuse", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(typeof handler).toBe("function");
  });

  it.each([
    ["/", "/index.html"],
    ["/course/", "/course/index.html"],
    ["/lessons/getting-started/2/", "/lessons/getting-started/2/index.html"],
    ["/course/quizzes/check/", "/course/quizzes/check/index.html"],
  ])("serves the folder %s from its index.html", (uri, object) => {
    expect(viewerRequest(uri)).toMatchObject({ uri: object });
  });

  it.each(["/lessons/getting-started/2/slide.json", "/_next/static/chunks/app-1a2b.js", "/pagefind/pagefind-entry.json", "/404.html", "/content-assets/images/map.svg"])("passes the file %s as it is", (uri) => {
    expect(viewerRequest(uri)).toMatchObject({ uri });
  });

  it("sends an address without its final slash to the folder, keeping the query", () => {
    expect(viewerRequest("/lessons/getting-started/2")).toEqual({ statusCode: 301, statusDescription: "Moved Permanently", headers: { location: { value: "/lessons/getting-started/2/" } } });
    expect(viewerRequest("/course", { q: { value: "root%20user" } })).toMatchObject({ headers: { location: { value: "/course/?q=root%20user" } } });
    const many = viewerRequest("/review", { a: { value: "1", multiValue: [{ value: "1" }, { value: "2" }] }, flag: { value: "" } });
    expect(many).toMatchObject({ headers: { location: { value: "/review/?a=1&a=2&flag" } } });
  });
});
