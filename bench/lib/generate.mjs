// Writes a synthetic course in the old Jekyll layout: N lessons of 5 slides each, grouped into
// sections of 50, with realistic Markdown (headings, paragraphs, lists, a fenced code block, a
// table, inline code, external links and links to other lessons). Deterministic: the same N gives
// the same files, byte for byte, so runs can be compared.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const LESSONS_PER_SECTION = 50;
export const SLIDES_PER_LESSON = 5;

/** Small seeded PRNG (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  "shell basics", "file permissions", "process control", "package managers", "network sockets", "log rotation",
  "environment variables", "cron jobs", "SSH keys", "disk quotas", "systemd units", "TLS certificates",
  "IAM policies", "S3 buckets", "VPC routing", "load balancers", "container images", "build caches",
  "Git branching", "code review", "unit testing", "HTTP caching", "DNS records", "backup strategies",
];
const NOUNS = [
  "the server", "a user", "the root account", "each request", "the build", "a policy", "the cache", "the client",
  "a bucket", "the process", "the terminal", "your team", "the pipeline", "a role", "the config file", "the kernel",
];
const VERBS = ["reads", "writes", "checks", "rejects", "allows", "stores", "rotates", "signs", "routes", "logs", "restarts", "expires"];
const ADJECTIVES = ["temporary", "signed", "shared", "private", "cached", "encrypted", "stale", "default", "nested", "optional"];
const COMMANDS = ["ls -la", "chmod 600 key.pem", "grep -rn TODO src", "systemctl status nginx", "aws s3 ls", "git log --oneline", "df -h", "ps aux", "ssh-keygen -t ed25519", "curl -I https://example.com"];
const DOC_LINKS = [
  "https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html",
  "https://developer.mozilla.org/en-US/docs/Web/HTTP/Caching",
  "https://man7.org/linux/man-pages/man1/chmod.1.html",
  "https://git-scm.com/docs/git-log",
  "https://www.rfc-editor.org/rfc/rfc8446",
];
const LANGS = ["bash", "js", "python", "json", "yaml"];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function sentence(rand) {
  const parts = [
    `${capital(pick(rand, NOUNS))} ${pick(rand, VERBS)} ${pick(rand, NOUNS)} when the ${pick(rand, ADJECTIVES)} setting is on`,
    `Use \`${pick(rand, COMMANDS)}\` to see what ${pick(rand, NOUNS)} ${pick(rand, VERBS)}`,
    `In practice ${pick(rand, NOUNS)} ${pick(rand, VERBS)} a ${pick(rand, ADJECTIVES)} copy, so plan for it`,
    `See [the reference](${pick(rand, DOC_LINKS)}) for the ${pick(rand, ADJECTIVES)} cases`,
    `A **${pick(rand, ADJECTIVES)}** value means ${pick(rand, NOUNS)} ${pick(rand, VERBS)} nothing until you ask`,
  ];
  return `${pick(rand, parts)}.`;
}

function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(rand, sentences) {
  return Array.from({ length: sentences }, () => sentence(rand)).join(" ");
}

function codeBlock(rand, lang) {
  const lines = [];
  if (lang === "bash") {
    for (let i = 0; i < 8; i++) lines.push(i % 3 === 0 ? `# step ${i / 3 + 1}` : pick(rand, COMMANDS));
  } else if (lang === "js") {
    lines.push("import { readFile } from \"node:fs/promises\";", "", "export async function load(path) {");
    lines.push("  const text = await readFile(path, \"utf8\");", "  const rows = text.split(\"\\n\").filter(Boolean);");
    lines.push(`  if (rows.length > ${Math.floor(rand() * 90) + 10}) throw new Error("too many rows");`, "  return rows.map((row) => row.trim());", "}");
  } else if (lang === "python") {
    lines.push("import json", "", "def load(path):", "    with open(path) as handle:", "        data = json.load(handle)");
    lines.push(`    return [item for item in data if item[\"size\"] > ${Math.floor(rand() * 500)}]`);
  } else if (lang === "json") {
    lines.push("{", `  "Version": "2012-10-17",`, `  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket-${Math.floor(rand() * 1000)}/*" }]`, "}");
  } else {
    lines.push("services:", "  web:", "    image: nginx:1.27", "    ports:", `      - "${8000 + Math.floor(rand() * 100)}:80"`, "    restart: unless-stopped");
  }
  return ["```" + lang, ...lines, "```"].join("\n");
}

function table(rand) {
  const rows = ["| Command | What it does | Needs root |", "| --- | --- | --- |"];
  for (let i = 0; i < 4; i++) rows.push(`| \`${pick(rand, COMMANDS)}\` | ${capital(pick(rand, VERBS))} ${pick(rand, NOUNS)} | ${rand() < 0.3 ? "yes" : "no"} |`);
  return rows.join("\n");
}

/** The Jekyll file name of lesson i (0-based): a date prefix and a slug unique in the course. */
export function lessonFileName(i) {
  const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
  const topic = TOPICS[i % TOPICS.length].toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return `${date.getUTCFullYear()}-${date.getUTCMonth() + 1}-${date.getUTCDate()}-${topic}-${String(i + 1).padStart(4, "0")}.md`;
}

/** The URL slug of lesson i (0-based): its file name without the date prefix and `.md`. */
export function lessonSlug(i) {
  return lessonFileName(i).replace(/^\d+-\d+-\d+-/, "").replace(/\.md$/, "");
}

/** The title of lesson i (0-based), to look for in the build output. */
export function lessonTitle(i) {
  return `${capital(TOPICS[i % TOPICS.length])}, part ${i + 1}`;
}

function lesson(i, total) {
  const rand = prng(i + 1);
  const section = Math.floor(i / LESSONS_PER_SECTION) + 1;
  const topic = TOPICS[i % TOPICS.length];
  const title = lessonTitle(i);
  const previous = i > 0 ? lessonFileName(i - 1) : undefined;
  const next = i + 1 < total ? lessonFileName(i + 1) : undefined;
  const lang = LANGS[i % LANGS.length];
  const slides = [
    [
      `## What ${topic} are for`,
      paragraph(rand, 3),
      paragraph(rand, 2) + (previous ? ` If you skipped it, read [the previous lesson](${previous}) first.` : ""),
    ],
    [
      "## Key ideas",
      [`- ${sentence(rand)}`, `- ${sentence(rand)}`, `- ${sentence(rand)}`, `  - ${sentence(rand)}`, `  - ${sentence(rand)}`, `- ${sentence(rand)}`].join("\n"),
      paragraph(rand, 2),
    ],
    ["## Try it", paragraph(rand, 2), codeBlock(rand, lang), `Run it and compare the output with \`${pick(rand, COMMANDS)}\`.`],
    ["## Reference", table(rand), paragraph(rand, 2)],
    [
      "## Check yourself",
      [`1. ${sentence(rand)}`, `2. ${sentence(rand)}`, `3. ${sentence(rand)}`].join("\n"),
      `> ${sentence(rand)}`,
      paragraph(rand, 2) + (next ? ` Next: [${capital(TOPICS[(i + 1) % TOPICS.length])}](${next}).` : ""),
    ],
  ];
  const front = [
    "---",
    "layout: posts",
    `title: '${title}'`,
    `description: ${capital(pick(rand, VERBS))} ${pick(rand, NOUNS)} with ${topic}.`,
    `section: Section-${section}`,
    `lesson: ${(i % LESSONS_PER_SECTION) + 1}`,
    "---",
    "",
  ].join("\n");
  return front + slides.map((blocks) => blocks.join("\n\n")).join("\n\n<!-- pagebreak -->\n\n") + "\n";
}

function sectionFile(n) {
  return ["---", "layout: section", `name: Section-${n}`, `title: "Section ${n}: ${capital(TOPICS[n % TOPICS.length])}"`, `order: ${n}`, "---", `Lessons ${(n - 1) * LESSONS_PER_SECTION + 1} and on.`, ""].join("\n");
}

/** Writes the course into `dir` (emptied first); returns { files, bytes, lessons, slides }. */
export function generateCourse(dir, lessons) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "_posts"), { recursive: true });
  mkdirSync(path.join(dir, "_sections"), { recursive: true });
  let bytes = 0;
  let files = 0;
  const sections = Math.ceil(lessons / LESSONS_PER_SECTION);
  for (let n = 1; n <= sections; n++) {
    const text = sectionFile(n);
    writeFileSync(path.join(dir, "_sections", `section-${n}.md`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  for (let i = 0; i < lessons; i++) {
    const text = lesson(i, lessons);
    writeFileSync(path.join(dir, "_posts", lessonFileName(i)), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { dir, files, bytes, lessons, slides: lessons * SLIDES_PER_LESSON, sections };
}
