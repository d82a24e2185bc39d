/**
 * Markdown → quiz. Two formats: classify quizzes (`kind: classify`, actions sorted into categories)
 * and multiple-choice quizzes (`## Question N` headings, the course's original format).
 */
export type { ToHtml } from "./markdown";
export type { QuizParse } from "./parse-shared";
export { parseClassifyQuiz } from "./parse-classify";
export { hasChoiceQuizShape, looksLikeChoiceQuiz, parseChoiceQuiz } from "./parse-choice";
