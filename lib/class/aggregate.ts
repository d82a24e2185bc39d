import { eventBodySchema, type EventBody } from "./events";

/**
 * What the instructor dashboard shows, worked out from the stored events. Pure: the course and the
 * events come in as plain data, tables come out. An item's error rate counts each learner once,
 * by their first answer to it: what the class missed before practising, not how often one learner
 * retried.
 */

export interface CourseLesson {
  slug: string;
  title: string;
  slides: number;
}

export interface CourseItem {
  id: string;
  /** The item as plain text (a classification action, a question). */
  text: string;
  /** Multiple choice only: the options. */
  options?: { id: string; text: string; correct: boolean }[];
}

export interface CourseQuiz {
  slug: string;
  title: string;
  items: CourseItem[];
}

export interface CourseOutline {
  lessons: CourseLesson[];
  quizzes: CourseQuiz[];
  /** Slide titles by address (`/lessons/<slug>/<n>`), for the revisited slides. */
  slideTitles: Record<string, string>;
}

export interface LearnerInfo {
  id: string;
  displayName: string;
}

/** An event as the database returns it: its body still JSON text. */
export interface EventRow {
  learnerId: string;
  body: string;
  occurredAt: Date;
}

export interface ProgressCell {
  /** Furthest slide reached (0: never opened). */
  reached: number;
  slides: number;
  finished: boolean;
}

export interface ItemStat {
  quiz: string;
  quizTitle: string;
  item: string;
  itemText: string;
  /** Learners who answered it. */
  answered: number;
  /** Of those, how many got it wrong the first time. */
  wrong: number;
  /** wrong / answered, 0..1. */
  errorRate: number;
  /** Multiple choice: each wrong option and how many learners picked it first time, most picked first. */
  wrongOptions: { id: string; text: string; picked: number }[];
}

export interface RevisitStat {
  href: string;
  title: string;
  /** Times a Revisit link to this slide was followed. */
  visits: number;
  learners: number;
}

export interface QuizScores {
  quiz: string;
  quizTitle: string;
  attempts: number;
  /** Per learner who finished a round: best and last percent. */
  learners: { learnerId: string; displayName: string; best: number; last: number; attempts: number }[];
  /** Mean of the learners' last scores, whole percent; undefined with no rounds. */
  averageLast?: number;
}

export interface Dashboard {
  learners: LearnerInfo[];
  lessons: CourseLesson[];
  /** progress[learnerId][lessonSlug] */
  progress: Record<string, Record<string, ProgressCell>>;
  items: ItemStat[];
  revisits: RevisitStat[];
  scores: QuizScores[];
}

/** Parses stored bodies again (they were checked on the way in); a row that does not parse is left out. */
export function parsedEvents(rows: readonly EventRow[]): { learnerId: string; body: EventBody; occurredAt: Date }[] {
  return rows.flatMap((row) => {
    let json: unknown;
    try {
      json = JSON.parse(row.body);
    } catch {
      return [];
    }
    const parsed = eventBodySchema.safeParse(json);
    return parsed.success ? [{ learnerId: row.learnerId, body: parsed.data, occurredAt: row.occurredAt }] : [];
  });
}

function progressTable(learners: readonly LearnerInfo[], lessons: readonly CourseLesson[], events: ReturnType<typeof parsedEvents>) {
  const furthest = new Map<string, number>();
  for (const { learnerId, body } of events) {
    if (body.kind !== "progress") continue;
    const key = `${learnerId}\0${body.lesson}`;
    furthest.set(key, Math.max(furthest.get(key) ?? 0, body.slide));
  }
  const table: Dashboard["progress"] = {};
  for (const learner of learners) {
    table[learner.id] = Object.fromEntries(
      lessons.map((lesson) => {
        const reached = Math.min(furthest.get(`${learner.id}\0${lesson.slug}`) ?? 0, lesson.slides);
        return [lesson.slug, { reached, slides: lesson.slides, finished: lesson.slides > 0 && reached >= lesson.slides }];
      }),
    );
  }
  return table;
}

function itemTable(quizzes: readonly CourseQuiz[], learnerIds: ReadonlySet<string>, events: ReturnType<typeof parsedEvents>): ItemStat[] {
  const first = new Map<string, { correct: boolean; answer: string[] }>();
  for (const { learnerId, body } of events) {
    if (body.kind !== "answer" || !learnerIds.has(learnerId)) continue;
    const key = `${body.quiz}\0${body.item}\0${learnerId}`;
    if (!first.has(key)) first.set(key, { correct: body.correct, answer: body.answer });
  }
  const stats: ItemStat[] = [];
  for (const quiz of quizzes) {
    for (const item of quiz.items) {
      const answers = [...learnerIds].flatMap((learnerId) => first.get(`${quiz.slug}\0${item.id}\0${learnerId}`) ?? []);
      if (answers.length === 0) continue;
      const wrongAnswers = answers.filter((answer) => !answer.correct);
      const wrongOptions = (item.options ?? [])
        .filter((option) => !option.correct)
        .map((option) => ({ id: option.id, text: option.text, picked: wrongAnswers.filter((answer) => answer.answer.includes(option.id)).length }))
        .sort((a, b) => b.picked - a.picked || a.id.localeCompare(b.id));
      stats.push({
        quiz: quiz.slug,
        quizTitle: quiz.title,
        item: item.id,
        itemText: item.text,
        answered: answers.length,
        wrong: wrongAnswers.length,
        errorRate: wrongAnswers.length / answers.length,
        wrongOptions,
      });
    }
  }
  // Hardest first; among equals, the one more learners answered (the rate says more), then course order.
  return stats.map((stat, order) => ({ stat, order })).sort((a, b) => b.stat.errorRate - a.stat.errorRate || b.stat.answered - a.stat.answered || a.order - b.order).map(({ stat }) => stat);
}

function revisitTable(slideTitles: Readonly<Record<string, string>>, learnerIds: ReadonlySet<string>, events: ReturnType<typeof parsedEvents>): RevisitStat[] {
  const bySlide = new Map<string, { visits: number; learners: Set<string> }>();
  for (const { learnerId, body } of events) {
    if (body.kind !== "revisit" || !learnerIds.has(learnerId)) continue;
    const entry = bySlide.get(body.href) ?? { visits: 0, learners: new Set<string>() };
    entry.visits += 1;
    entry.learners.add(learnerId);
    bySlide.set(body.href, entry);
  }
  return [...bySlide]
    .map(([href, entry]) => ({ href, title: slideTitles[href] ?? href, visits: entry.visits, learners: entry.learners.size }))
    .sort((a, b) => b.visits - a.visits || b.learners - a.learners || a.href.localeCompare(b.href));
}

function scoreTable(quizzes: readonly CourseQuiz[], learners: readonly LearnerInfo[], events: ReturnType<typeof parsedEvents>): QuizScores[] {
  return quizzes.map((quiz) => {
    const perLearner = learners.flatMap((learner) => {
      const rounds = events.filter(({ learnerId, body }) => learnerId === learner.id && body.kind === "attempt" && body.quiz === quiz.slug);
      const percents = rounds.map(({ body }) => (body.kind === "attempt" ? body.percent : 0));
      if (percents.length === 0) return [];
      return [{ learnerId: learner.id, displayName: learner.displayName, best: Math.max(...percents), last: percents.at(-1)!, attempts: percents.length }];
    });
    const attempts = perLearner.reduce((sum, learner) => sum + learner.attempts, 0);
    const averageLast = perLearner.length === 0 ? undefined : Math.round(perLearner.reduce((sum, learner) => sum + learner.last, 0) / perLearner.length);
    return { quiz: quiz.slug, quizTitle: quiz.title, attempts, learners: perLearner, averageLast };
  });
}

/**
 * The dashboard's tables. Events are taken in the order they happened in the learners' browsers
 * (an outbox that was offline delivers late), ties in the order given.
 */
export function buildDashboard(course: CourseOutline, learners: readonly LearnerInfo[], rows: readonly EventRow[]): Dashboard {
  const events = parsedEvents(rows)
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.occurredAt.getTime() - b.event.occurredAt.getTime() || a.order - b.order)
    .map(({ event }) => event);
  const ids = new Set(learners.map((learner) => learner.id));
  return {
    learners: [...learners],
    lessons: course.lessons,
    progress: progressTable(learners, course.lessons, events),
    items: itemTable(course.quizzes, ids, events),
    revisits: revisitTable(course.slideTitles, ids, events),
    scores: scoreTable(course.quizzes, learners, events),
  };
}
