import { NotFoundMessage } from "@/components/not-found-message";

/**
 * What a page shows when it calls notFound(), inside the root layout and with that page's own
 * stylesheet. It imports none itself: the root not-found's stylesheet would be on every page.
 * An address no route matches gets global-not-found.tsx.
 */
export default function NotFound() {
  return <NotFoundMessage />;
}
