import { categoryLabel, selectAllNote } from "./announce";
import { correctAnswer, isCorrect, missedIds, optionOrder, type Answer, type QuizSession } from "./session";
import type { ChoiceOption, ChoiceQuestion, Quiz, Revisit, SourceLink } from "./types";

/**
 * What an answered item shows: the marks on its choices, the notes that explain it, and the
 * entries of the results and the review. Pure, so the UI only places what is decided here.
 */

/** How an answered choice is marked: a symbol and words, never colour alone. */
export interface ChoiceMark {
  /** "right" for a correct choice (✓, green), "wrong" for a wrong pick (✗, red). */
  tone: "right" | "wrong";
  symbol: "✓" | "✗";
  /** "Correct answer", "Your answer"…: shown one after the other, and read as the choice's description. */
  words: string[];
}

/**
 * The mark on a choice once the item is answered: the right choice says "Correct answer", a wrong
 * pick "Your answer"; a choice neither right nor picked has none. In a select-all question a right
 * option left out says so, since that is why the answer did not count.
 */
export function choiceMark(right: boolean, chosen: boolean, multiple = false): ChoiceMark | undefined {
  if (right) {
    const words = ["Correct answer"];
    if (chosen) words.push("your answer");
    else if (multiple) words.push("not selected");
    return { tone: "right", symbol: "✓", words };
  }
  return chosen ? { tone: "wrong", symbol: "✗", words: ["Your answer"] } : undefined;
}

/** A choice's mark as one line of text: "Correct answer, your answer". */
export function markText(mark: ChoiceMark): string {
  return mark.words.join(", ");
}

/** An option's own note, with what the learner did with it. */
export interface OptionNote {
  id: string;
  text: string;
  html: string;
  correct: boolean;
  chosen: boolean;
  mark?: ChoiceMark;
}

/** The notes of a multiple-choice answer: the ones to show first, and the rest. */
export interface AnswerNotes {
  /** The learner's wrong picks first, then the right options: why the pick was wrong, why the answer is right. */
  first: OptionNote[];
  /** The other options' notes, for "Why not the others". */
  others: OptionNote[];
  /** True when every option picked and every right option has a note: the notes then say the answer in full. */
  complete: boolean;
}

/** Splits a question's option notes by what the learner picked; options without a note are left out. */
export function answerNotes(question: ChoiceQuestion, options: readonly ChoiceOption[], answer: Answer): AnswerNotes {
  const complete = options.every((option) => option.explanationHtml !== "" || !(option.correct || answer.includes(option.id)));
  const notes = options
    .filter((option) => option.explanationHtml !== "")
    .map((option): OptionNote => {
      const chosen = answer.includes(option.id);
      return {
        id: option.id,
        text: option.text,
        html: option.explanationHtml,
        correct: option.correct,
        chosen,
        mark: choiceMark(option.correct, chosen, question.multiple),
      };
    });
  return {
    first: [...notes.filter((note) => note.chosen && !note.correct), ...notes.filter((note) => note.correct)],
    others: notes.filter((note) => !note.chosen && !note.correct),
    complete,
  };
}

/** An answer in words: category labels, or the options' plain text. */
export function answerText(quiz: Quiz, id: string, answer: Answer): string {
  if (quiz.kind === "classify") return answer.map((key) => categoryLabel(quiz, key)).join(", ");
  const options = quiz.questions.find((question) => question.id === id)?.options ?? [];
  return answer.map((optionId) => options.find((option) => option.id === optionId)?.text ?? optionId).join("; ");
}

const NO_NOTES: AnswerNotes = { first: [], others: [], complete: false };

/** One item of the results or the review: what was asked, answered and right, and why. */
export interface ReviewEntry {
  id: string;
  /** 1-based position in the round. */
  position: number;
  correct: boolean;
  /** The action or the question, as sanitized HTML. */
  html: string;
  /** The learner's answer in words, or "not answered". */
  yourAnswer: string;
  rightAnswer: string;
  /** Classification: the item's explanation ("" when the author gave none). */
  explanationHtml: string;
  /** Multiple choice: the option notes, the learner's picks and the right options first. */
  notes: AnswerNotes;
  /** Why a partly right select-all answer did not count. */
  countNote?: string;
  sources: SourceLink[];
  /** The slide that teaches the item, when the quiz names one or the course suggests one. */
  revisit?: Revisit;
}

/** The round's entries in the order asked: every item, or only the missed ones. */
export function reviewEntries(quiz: Quiz, session: QuizSession, which: "missed" | "all"): ReviewEntry[] {
  const missed = new Set(missedIds(quiz, session));
  return session.order.flatMap((id, index): ReviewEntry[] => {
    if (which === "missed" && !missed.has(id)) return [];
    const answer = session.answers[id];
    const base = {
      id,
      position: index + 1,
      correct: answer !== undefined && isCorrect(quiz, id, answer),
      yourAnswer: answer ? answerText(quiz, id, answer) : "not answered",
      rightAnswer: answerText(quiz, id, correctAnswer(quiz, id) ?? []),
    };
    if (quiz.kind === "classify") {
      const item = quiz.items.find((candidate) => candidate.id === id);
      if (!item) return [];
      return [{ ...base, html: item.html, explanationHtml: item.explanationHtml, notes: NO_NOTES, sources: item.sources, ...(item.revisit ? { revisit: item.revisit } : {}) }];
    }
    const question = quiz.questions.find((candidate) => candidate.id === id);
    if (!question) return [];
    const options = optionOrder(quiz, question.options, id, session.seed);
    const notes = answer ? answerNotes(question, options, answer) : { ...answerNotes(question, options, []), complete: false };
    const countNote = answer && selectAllNote(question, answer);
    return [{ ...base, html: question.promptHtml, explanationHtml: "", notes, ...(countNote ? { countNote } : {}), sources: question.sources, ...(question.revisit ? { revisit: question.revisit } : {}) }];
  });
}
