import type { Ref } from "react";
import { selectAllNote } from "@/lib/quiz/announce";
import { answerNotes, answerText } from "@/lib/quiz/review";
import { correctAnswer, isCorrect, optionOrder, type Answer } from "@/lib/quiz/session";
import type { Quiz } from "@/lib/quiz/types";
import { AnswerFeedback } from "./answer-feedback";

type Props = {
  quiz: Quiz;
  id: string;
  answer: Answer;
  /** The round's seed, which orders the options. */
  seed: number;
  headingRef: Ref<HTMLHeadingElement>;
};

/** The feedback on one answered item: right or wrong, the right answer, why, and the sources. */
export function ItemFeedback({ quiz, id, answer, seed, headingRef }: Props) {
  const item = quiz.kind === "classify" ? quiz.items.find((candidate) => candidate.id === id) : undefined;
  const question = quiz.kind === "choice" ? quiz.questions.find((candidate) => candidate.id === id) : undefined;
  return (
    <AnswerFeedback
      correct={isCorrect(quiz, id, answer)}
      yourAnswer={answerText(quiz, id, answer)}
      rightAnswer={answerText(quiz, id, correctAnswer(quiz, id) ?? [])}
      countNote={question && selectAllNote(question, answer)}
      explanationHtml={item?.explanationHtml}
      notes={question && answerNotes(question, optionOrder(quiz, question.options, id, seed), answer)}
      sources={item?.sources ?? question?.sources ?? []}
      revisit={item?.revisit ?? question?.revisit}
      headingRef={headingRef}
    />
  );
}
