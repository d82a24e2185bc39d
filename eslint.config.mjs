import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  // `const { drop, ...keep } = value` is how an object loses a key.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  // next.config.js is CommonJS, loaded by Next itself, and so is what it requires.
  { files: ["next.config.js", "scripts/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { ignores: [".next/**", ".next-*/**", "out/**", ".out-*/**", ".test-reports/**", "bench/tmp/**", ".e2e-dev-content*/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
