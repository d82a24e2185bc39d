import type { Dashboard } from "./aggregate";
import { eventBodySchema } from "./events";

/**
 * The instructor's downloads: the dashboard's item table as CSV (RFC 4180) and every event as xAPI
 * 1.0.3 statements, one JSON object a line, for a learning record store. Pure.
 */

/**
 * One CSV field: quoted when needed, and a leading = + - @ (or tab, carriage return) neutralised
 * with a quote mark so a spreadsheet shows a display name as text instead of running it as a
 * formula (OWASP, "CSV injection").
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

/** Items by error rate (hardest first), then progress per learner and lesson, then scores: one file, three tables. */
export function dashboardCsv(dashboard: Dashboard): string {
  let out = csvLine(["table", "quiz", "item", "answered", "wrong", "error_rate_percent", "wrong_options_picked"]);
  for (const item of dashboard.items) {
    const picked = item.wrongOptions.filter((option) => option.picked > 0).map((option) => `${option.text}: ${option.picked}`).join("; ");
    out += csvLine(["item", item.quiz, item.itemText, item.answered, item.wrong, Math.round(item.errorRate * 100), picked]);
  }
  out += csvLine(["table", "learner", "lesson", "slides_reached", "slides", "finished"]);
  for (const learner of dashboard.learners) {
    for (const lesson of dashboard.lessons) {
      const cell = dashboard.progress[learner.id]?.[lesson.slug];
      if (cell) out += csvLine(["progress", learner.displayName, lesson.slug, cell.reached, cell.slides, cell.finished ? "yes" : "no"]);
    }
  }
  out += csvLine(["table", "learner", "quiz", "best_percent", "last_percent", "attempts"]);
  for (const quiz of dashboard.scores) {
    for (const learner of quiz.learners) out += csvLine(["score", learner.displayName, quiz.quiz, learner.best, learner.last, learner.attempts]);
  }
  return out;
}

const VERBS = {
  answer: { id: "http://adlnet.gov/expapi/verbs/answered", display: { "en-US": "answered" } },
  attempt: { id: "http://adlnet.gov/expapi/verbs/completed", display: { "en-US": "completed" } },
  progress: { id: "http://adlnet.gov/expapi/verbs/experienced", display: { "en-US": "experienced" } },
  revisit: { id: "http://adlnet.gov/expapi/verbs/experienced", display: { "en-US": "experienced" } },
} as const;

export interface StatementInput {
  id: string;
  learnerId: string;
  displayName: string;
  body: string;
  occurredAt: Date;
}

/**
 * xAPI statements as JSON lines. The statement id is the event's own UUID, so a record store that
 * is sent the file twice keeps each statement once. The actor is an account on this site (the
 * learner's id), named by their display name; `siteUrl` is the site's address with its base path.
 */
export function xapiStatements(siteUrl: string, classCode: string, events: readonly StatementInput[]): string {
  const site = siteUrl.replace(/\/+$/, "");
  const lines: string[] = [];
  for (const event of events) {
    let json: unknown;
    try {
      json = JSON.parse(event.body);
    } catch {
      continue;
    }
    const parsed = eventBodySchema.safeParse(json);
    if (!parsed.success) continue;
    const body = parsed.data;
    const activity =
      body.kind === "progress"
        ? `${site}/lessons/${encodeURIComponent(body.lesson)}/${body.slide}`
        : body.kind === "revisit"
          ? `${site}${body.href}`
          : body.kind === "answer"
            ? `${site}/quizzes/${encodeURIComponent(body.quiz)}#${encodeURIComponent(body.item)}`
            : `${site}/quizzes/${encodeURIComponent(body.quiz)}`;
    const result =
      body.kind === "answer"
        ? { success: body.correct, response: body.answer.join("[,]") }
        : body.kind === "attempt"
          ? { score: { raw: body.correct, min: 0, max: body.total, scaled: body.total === 0 ? 0 : body.correct / body.total }, completion: true }
          : undefined;
    lines.push(
      JSON.stringify({
        id: event.id,
        actor: { objectType: "Agent", name: event.displayName, account: { homePage: site, name: event.learnerId } },
        verb: VERBS[body.kind],
        object: { objectType: "Activity", id: activity },
        ...(result ? { result } : {}),
        context: { extensions: { [`${site}/xapi/class`]: classCode } },
        timestamp: event.occurredAt.toISOString(),
      }),
    );
  }
  return lines.map((line) => `${line}\n`).join("");
}
