import { NextResponse, type NextRequest } from "next/server";

/**
 * An address with malformed percent-encoding (`/lessons/%FF%FE/1`, `/lessons/%/1`) names no page.
 * Next.js fails to decode its parameters and answers 500; answer 404 like any unknown address.
 * Only `next start` and `npm run dev` run this: a static host answers such paths itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.includes("%") || isDecodable(pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL(`${request.nextUrl.basePath}/_not-found`, request.url), { status: 404 });
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
