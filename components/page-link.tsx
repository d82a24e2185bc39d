import type { AnchorHTMLAttributes } from "react";
import { pageUrl } from "@/lib/base-path";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link to one of the app's pages, as a plain `<a>`. Not `next/link`: the pages are prebuilt
 * documents that load fast on their own, and Next's client navigation would cost every page its
 * link and router code (about 4 KB gzip) and a prefetch of each linked page's data on load.
 */
export function PageLink({ href, ...rest }: Props) {
  return <a href={pageUrl(href)} {...rest} />;
}
