import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { BASE_PATH } from "@/lib/base-path";
import "@/styles/site.css";

export const metadata: Metadata = { title: "Instructor sign-in", robots: { index: false }, referrer: "no-referrer" };

/**
 * The one-time address `npm run class -- create` prints opens this page; its button posts the
 * token (a link preview that fetches the address uses nothing up).
 */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, failed } = await searchParams;
  const value = typeof token === "string" && token.length <= 200 ? token : undefined;
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">Instructor sign-in</h1>
      {failed !== undefined && (
        <p role="alert" className="mb-4 max-w-prose">
          This sign-in address has been used or has expired. Print a new one with <code>npm run class -- sign-in &lt;class code&gt;</code>.
        </p>
      )}
      {value ? (
        <form method="post" action={`${BASE_PATH}/api/class/sign-in`}>
          <input type="hidden" name="token" value={value} />
          <Button type="submit" variant="primary">
            Sign in
          </Button>
        </form>
      ) : (
        failed === undefined && <p className="max-w-prose">Open the sign-in address that <code>npm run class -- create</code> printed.</p>
      )}
    </>
  );
}
