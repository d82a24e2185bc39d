import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "styles/**/*.test.ts"],
    environment: "node",
    // Property tests run thousands of cases; on a busy 2-core machine that is more than 5 s.
    testTimeout: 30_000,
  },
});
