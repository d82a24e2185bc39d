// The floor for page weight: an empty Next.js App Router page (a root layout and a page with one
// paragraph), using this project's next and react through a node_modules symlink, built the same way.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export function writeEmptyApp(dir, projectRoot) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "pagebreak-bench-empty-app", private: true }, null, 2)}\n`);
  // The symlinked node_modules lives in the project: Turbopack's root must contain both.
  writeFileSync(
    path.join(dir, "next.config.mjs"),
    `export default { distDir: ".next-bench", poweredByHeader: false, turbopack: { root: ${JSON.stringify(projectRoot)} }, outputFileTracingRoot: ${JSON.stringify(projectRoot)} };\n`,
  );
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    `${JSON.stringify(
      {
        compilerOptions: { target: "ES2022", lib: ["dom", "esnext"], strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true, skipLibCheck: true },
        include: ["**/*.ts", "**/*.tsx"],
        exclude: ["node_modules"],
      },
      null,
      2,
    )}\n`,
  );
  // Turbopack looks for the instrumentation hook from its root, the project, and would compile the
  // project's own (which imports the project's modules) into this app: it gets one that does nothing.
  writeFileSync(path.join(dir, "instrumentation.ts"), "export function register(): void {}\n");
  writeFileSync(
    path.join(dir, "app", "layout.tsx"),
    `import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(
    path.join(dir, "app", "page.tsx"),
    `export default function Page() {
  return <p>Empty</p>;
}
`,
  );
}
