import { optionOrder, type Answer } from "@/lib/quiz/session";
import type { Quiz } from "@/lib/quiz/types";
import { ChoiceQuestion } from "./choice-question";
import { ClassifyItem } from "./classify-item";

type Props = {
  quiz: Quiz;
  /** The item's or question's id. */
  id: string;
  /** The answer given, once answered. */
  answer?: Answer;
  /** The round's seed, which orders the options. */
  seed: number;
  submitLabel: string;
  onAnswer: (answer: Answer) => void;
};

/** One item of a quiz as asked: an action to classify, or a multiple-choice question. */
export function QuizItem({ quiz, id, answer, seed, submitLabel, onAnswer }: Props) {
  if (quiz.kind === "classify") {
    const item = quiz.items.find((candidate) => candidate.id === id);
    return item ? <ClassifyItem item={item} categories={quiz.categories} chosen={answer?.[0]} onChoose={(key) => onAnswer([key])} /> : null;
  }
  const question = quiz.questions.find((candidate) => candidate.id === id);
  if (!question) return null;
  return <ChoiceQuestion question={question} options={optionOrder(quiz, question.options, id, seed)} answered={answer} submitLabel={submitLabel} onAnswer={onAnswer} />;
}
