import { expect, test, type Page } from "@playwright/test";
import { quizFingerprint } from "../lib/quiz/saved";
import { expectNoAxeViolations } from "./helpers";
import {
  answerWith,
  CHOICE,
  choice,
  CLASSIFY,
  classify,
  currentAction,
  currentQuestion,
  labelOf,
  opening,
  optionControl,
  otherKey,
  rightOptions,
  start,
  wrongOptions,
} from "./quiz-play";

// Quizzes that teach, the answering and results part: the choices show the outcome (✓ "Correct
// answer", ✗ "Your answer", in text and in their descriptions), one Continue that Enter and Space
// press and that a phone always shows, the picked option's note first and the rest behind "Why
// not the others", results with their actions on top, the picked option's note in exam mode too,
// and a review of every answer.

// Several tests play a whole bundled quiz (50 items, 15 questions) by keyboard: 15 s alone, more on
// a busy machine, so they get more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const verdict = (page: Page) => page.getByRole("heading", { name: /^(Correct|Incorrect)$/ });
const continueButton = (page: Page) => page.getByRole("button", { name: "Continue", exact: true });
const category = (page: Page, key: string) => page.getByRole("button", { name: labelOf(key), exact: true });

test("classification: the category buttons show ✓ Correct answer and ✗ Your answer; Enter and Space continue from the feedback", async ({ page }) => {
  await start(page, CLASSIFY);
  const total = classify.items.length;

  // A right answer: the right button says so, and that it was the learner's; the other says nothing.
  const first = await currentAction(page);
  await category(page, first.category).click();
  await expect(page.getByRole("heading", { name: "Correct", exact: true })).toBeFocused();
  await expect(category(page, first.category)).toContainText("✓");
  await expect(category(page, first.category)).toContainText("Correct answer, your answer");
  await expect(category(page, first.category)).toHaveAccessibleDescription("Correct answer, your answer");
  await expect(category(page, otherKey(first.category))).toHaveAccessibleDescription("");
  await expect(category(page, otherKey(first.category))).not.toContainText("answer");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Action 2 of ${total}` })).toBeFocused();

  // A wrong answer, chosen by its number key: ✗ on the pick, ✓ on the right one.
  const second = await currentAction(page);
  const wrong = otherKey(second.category);
  await page.keyboard.press(String(classify.categories.findIndex((candidate) => candidate.key === wrong) + 1));
  await expect(page.getByRole("heading", { name: "Incorrect", exact: true })).toBeFocused();
  await expect(category(page, wrong)).toContainText("✗");
  await expect(category(page, wrong)).toContainText("Your answer");
  await expect(category(page, wrong)).toHaveAccessibleDescription("Your answer");
  await expect(category(page, second.category)).toContainText("✓");
  await expect(category(page, second.category)).toHaveAccessibleDescription("Correct answer");
  // The button keeps its own name: the mark is its description, not part of the name.
  await expect(category(page, second.category)).toHaveAccessibleName(labelOf(second.category));
  await expect(page.getByText(`Your answer: ${labelOf(wrong)}`)).toBeVisible();
  await expect(page.getByText(`Correct answer: ${labelOf(second.category)}`)).toBeVisible();
  await page.keyboard.press(" ");
  await expect(page.getByRole("heading", { name: `Action 3 of ${total}` })).toBeFocused();
  await expect(page.getByRole("status")).toHaveText(`Action 3 of ${total}`);
});

test("multiple choice: the options show the outcome, select-all included; the pick's and the right option's notes first, the others behind a disclosure", async ({ page }) => {
  await start(page, CHOICE);
  const total = choice.questions.length;
  const seen = { single: false, multiple: false };
  for (let position = 1; position <= total && !(seen.single && seen.multiple); position++) {
    await expect(page.getByRole("heading", { name: `Question ${position} of ${total}` })).toBeFocused();
    const asked = await currentQuestion(page);
    const right = rightOptions(asked);
    const kind = asked.multiple ? "multiple" : "single";
    if (seen[kind]) {
      // Already checked this kind: a right answer, to move on.
      await answerWith(page, asked, right);
      await expect(page.getByRole("heading", { name: "Correct", exact: true })).toBeFocused();
      await page.keyboard.press("Enter");
      continue;
    }
    seen[kind] = true;
    const form = page.locator("form");
    // "Select all that apply" is said once, whether or not the question's own text says it, and
    // so is what counts.
    if (asked.multiple) {
      expect((await form.innerText()).match(/select all that apply/gi)).toHaveLength(1);
      await expect(page.getByText("It counts only when exactly right: every correct option and no other.")).toBeVisible();
    } else {
      await expect(page.getByText("Choose one.", { exact: true })).toBeVisible();
    }

    // Wrong: one wrong option (with every right one but the first, for a select-all question).
    const picked = asked.multiple ? [...right.slice(1), wrongOptions(asked)[0]!] : [wrongOptions(asked)[0]!];
    await answerWith(page, asked, picked);
    await expect(page.getByRole("heading", { name: "Incorrect", exact: true })).toBeFocused();
    for (const option of asked.options) {
      const control = optionControl(page, asked, option);
      const chosen = picked.includes(option);
      const expected = option.correct ? (chosen ? "Correct answer, your answer" : asked.multiple ? "Correct answer, not selected" : "Correct answer") : chosen ? "Your answer" : "";
      await expect(control, option.text).toHaveAccessibleDescription(expected);
      const label = page.locator("label").filter({ has: control });
      if (expected) await expect(label).toContainText(`${option.correct ? "✓" : "✗"} ${expected}`);
      else await expect(label).not.toContainText("answer");
    }
    if (asked.multiple) await expect(page.getByText(/^You selected \d+ of the \d+ correct options and 1 wrong one: a select-all question counts only when exactly right\.$/)).toBeVisible();

    // The pick's own note and the right option's, shown; the others' behind "Why not the others".
    const wrongPick = picked.find((option) => !option.correct)!;
    await expect(page.getByText(opening(wrongPick.explanationHtml)).first()).toBeVisible();
    await expect(page.getByText(opening(right[0]!.explanationHtml)).first()).toBeVisible();
    const others = asked.options.filter((option) => !option.correct && !picked.includes(option) && option.explanationHtml);
    const disclosure = page.getByRole("group").filter({ has: page.getByText("Why not the others") });
    if (others.length > 0) {
      await expect(page.getByText(opening(others[0]!.explanationHtml)).first()).toBeHidden();
      // By keyboard: Tab to the summary, Enter opens it (and does not continue).
      const summary = page.getByText("Why not the others");
      for (let tabs = 0; tabs < 15 && !(await summary.evaluate((element) => element === document.activeElement)); tabs++) await page.keyboard.press("Tab");
      await expect(summary).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(disclosure).toHaveJSProperty("open", true);
      await expect(page.getByText(opening(others[0]!.explanationHtml)).first()).toBeVisible();
      await expect(page.getByRole("heading", { name: "Incorrect", exact: true })).toBeVisible();
    } else {
      await expect(disclosure).toHaveCount(0);
    }
    await continueButton(page).click();
  }
  expect(seen).toEqual({ single: true, multiple: true });
});

test("on a phone, Continue is on screen after every answer of a whole run, and the answer buttons are full width and equal", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });

  await start(page, CLASSIFY);
  const actions = classify.items.length;
  for (let position = 1; position <= actions; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of ${actions}` })).toBeFocused();
    const item = await currentAction(page);
    if (position === 1) {
      const boxes = await page.getByRole("group", { name: "Choose a category" }).getByRole("button").evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect()));
      expect(new Set(boxes.map((box) => box.width)).size).toBe(1);
      expect(new Set(boxes.map((box) => box.height)).size).toBe(1);
      expect(boxes[0]!.width).toBeGreaterThanOrEqual(390 - 2 * 16 - 1);
    }
    // Every other one wrong, so both kinds of feedback are measured.
    await category(page, position % 2 ? item.category : otherKey(item.category)).click();
    await expect(verdict(page)).toBeFocused();
    await expect(continueButton(page), `action ${position}`).toBeInViewport({ ratio: 1 });
    await expect(verdict(page), `action ${position}`).toBeInViewport();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeFocused();

  await start(page, CHOICE);
  const questions = choice.questions.length;
  for (let position = 1; position <= questions; position++) {
    await expect(page.getByRole("heading", { name: `Question ${position} of ${questions}` })).toBeFocused();
    const asked = await currentQuestion(page);
    await optionControl(page, asked, position % 2 ? rightOptions(asked)[0]! : wrongOptions(asked)[0]!).check();
    await expect(page.getByRole("button", { name: "Check answer" }), `question ${position}`).toBeInViewport({ ratio: 1 });
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(verdict(page)).toBeFocused();
    await expect(continueButton(page), `question ${position}`).toBeInViewport({ ratio: 1 });
    await expect(verdict(page), `question ${position}`).toBeInViewport();
    if (position === 1) {
      // Tab from the feedback to Continue: nothing focused on the way is left under the bar.
      for (let tabs = 0; tabs < 20 && !(await continueButton(page).evaluate((element) => element === document.activeElement)); tabs++) {
        await page.keyboard.press("Tab");
        // Polled: the browser may scroll the focused element into view smoothly.
        await expect
          .poll(
            () =>
              page.evaluate(() => {
                const focused = document.activeElement!;
                const bar = document.querySelector("[data-quiz-action-bar]")!;
                return bar.contains(focused) || focused.getBoundingClientRect().bottom <= bar.getBoundingClientRect().top;
              }),
            { message: `focus ${tabs + 1} is clear of the action bar` },
          )
          .toBe(true);
      }
      await expect(continueButton(page)).toBeFocused();
    }
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeFocused();
});

test("results: score, pass or not and the actions come first, then the missed items; Review all answers shows every answer", async ({ page }) => {
  await start(page, CLASSIFY, "Exam");
  const total = classify.items.length;
  const answers: { text: string; chosen: string; actual: string; explanation: string }[] = [];
  for (let position = 1; position <= total; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of ${total}` })).toBeFocused();
    const item = await currentAction(page);
    // The first two wrong, the rest right.
    const chosen = position <= 2 ? otherKey(item.category) : item.category;
    answers.push({ text: item.text, chosen, actual: item.category, explanation: item.explanationHtml });
    await category(page, chosen).click();
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeFocused();
  const missedHeading = page.getByRole("heading", { name: "Missed (2)" });
  const missedTop = (await missedHeading.boundingBox())!.y;
  for (const name of ["Retry missed", "Review all answers", "Start over"]) {
    const box = (await page.getByRole("button", { name, exact: true }).boundingBox())!;
    expect(box.y + box.height, name).toBeLessThan(missedTop);
  }
  const scoreBox = (await page.getByText(`${total - 2} of ${total} correct`, { exact: true }).boundingBox())!;
  expect(scoreBox.y).toBeLessThan(missedTop);
  const missed = page.getByRole("region", { name: "Missed (2)" });
  for (const answer of answers.slice(0, 2)) {
    const entry = missed.getByRole("listitem").filter({ hasText: answer.text });
    await expect(entry).toContainText(`Your answer: ${labelOf(answer.chosen)}`);
    await expect(entry).toContainText(`Correct answer: ${labelOf(answer.actual)}`);
  }

  // Review all answers: every item, right ones too, each with both answers and its explanation.
  const review = page.getByRole("button", { name: "Review all answers" });
  await expect(review).toHaveAttribute("aria-expanded", "false");
  await review.click();
  await expect(review).toHaveAttribute("aria-expanded", "true");
  const all = page.getByRole("region", { name: `All answers (${total})` });
  await expect(all.getByText(/^[✓✗] (Right|Wrong)$/)).toHaveCount(total);
  await expect(all.getByText(/^✗ Wrong$/)).toHaveCount(2);
  for (const answer of [answers[0]!, answers[2]!, answers[total - 1]!]) {
    const entry = all.getByRole("listitem").filter({ hasText: answer.text });
    await expect(entry).toContainText(answer.chosen === answer.actual ? "✓ Right" : "✗ Wrong");
    await expect(entry).toContainText(`Your answer: ${labelOf(answer.chosen)}`);
    await expect(entry).toContainText(`Correct answer: ${labelOf(answer.actual)}`);
    if (answer.explanation) await expect(entry).toContainText(opening(answer.explanation));
  }
  // And back to the missed ones.
  await review.click();
  await expect(page.getByRole("region", { name: "Missed (2)" })).toBeVisible();
});

test("multiple-choice results in exam mode say why the learner's pick was wrong, with that option's own note", async ({ page }) => {
  await start(page, CHOICE, "Exam");
  const total = choice.questions.length;
  const wrong: { prompt: string; picked: string; pickNote: string; rightNote: string }[] = [];
  for (let position = 1; position <= total; position++) {
    await expect(page.getByRole("heading", { name: `Question ${position} of ${total}` })).toBeFocused();
    const asked = await currentQuestion(page);
    const pick = wrongOptions(asked).find((option) => option.explanationHtml);
    // Every third question wrong, by a wrong option that has a note; the rest right.
    if (position % 3 === 1 && pick) {
      wrong.push({ prompt: opening(asked.promptHtml.replace(/<[^>]*>/g, ""), 12), picked: pick.text, pickNote: pick.explanationHtml, rightNote: rightOptions(asked)[0]!.explanationHtml });
      await answerWith(page, asked, [pick], "Submit answer");
    } else {
      await answerWith(page, asked, rightOptions(asked), "Submit answer");
    }
    // Exam mode: no feedback, no marks.
    await expect(verdict(page)).toHaveCount(0);
  }
  expect(wrong.length).toBeGreaterThan(0);
  const missed = page.getByRole("region", { name: `Missed (${wrong.length})` });
  for (const miss of wrong) {
    const entry = missed.getByRole("listitem").filter({ hasText: miss.prompt });
    await expect(entry).toContainText(`✗ Your answer: ${miss.picked}`);
    await expect(entry).toContainText(opening(miss.pickNote));
    if (miss.rightNote) await expect(entry).toContainText(opening(miss.rightNote));
  }
});

test("a session saved by the previous version, at the results of an exam, still opens there and explains the pick", async ({ page }) => {
  // The shape the previous version saved (version 1): the picks were already kept per question.
  const [first, ...rest] = choice.questions;
  const pick = wrongOptions(first!).find((option) => option.explanationHtml)!;
  const answers = Object.fromEntries([[first!.id, [pick.id]], ...rest.map((question) => [question.id, rightOptions(question).map((option) => option.id)])]);
  const saved = {
    version: 1,
    quiz: quizFingerprint(choice),
    session: { mode: "exam", phase: "results", order: choice.questions.map((question) => question.id), index: choice.questions.length - 1, answers, seed: 7, fullRound: true },
  };
  await page.goto(CHOICE);
  await page.evaluate((value) => localStorage.setItem("pagebreak:quiz:root-user-quiz", value), JSON.stringify(saved));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
  const entry = page.getByRole("region", { name: "Missed (1)" }).getByRole("listitem").filter({ hasText: opening(first!.promptHtml, 5) });
  await expect(entry).toContainText(`✗ Your answer: ${pick.text}`);
  await expect(entry).toContainText(opening(pick.explanationHtml));
  await expect(page.getByRole("region", { name: "Saved progress" })).toHaveCount(0);
});

test("the outline states a retry round as one: 'Retrying N missed: 0 of N answered'", async ({ page }) => {
  await start(page, CLASSIFY, "Exam");
  const total = classify.items.length;
  let missed = 0;
  for (let position = 1; position <= total; position++) {
    const item = await currentAction(page);
    if (item.category !== classify.categories[0]!.key) missed++;
    await page.keyboard.press("1");
    await expect(page.getByRole("heading", { name: position === total ? "Results" : `Action ${position + 1} of ${total}` })).toBeFocused();
  }
  const percent = Math.floor(((total - missed) / total) * 100);
  await page.getByRole("button", { name: "Retry missed" }).click();
  await expect(page.getByRole("heading", { name: `Action 1 of ${missed}` })).toBeFocused();
  await expect(page.getByText(`Retrying ${missed} missed · exam mode: results at the end`)).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ hasText: classify.title }).first()).toContainText(`Retrying ${missed} missed: 0 of ${missed} answered · Best ${percent} %`);
});

for (const theme of ["light", "dark"] as const) {
  test(`every new quiz state passes axe on a phone and a laptop, ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      // Classification feedback, right and wrong.
      await start(page, CLASSIFY);
      await expect(page.getByRole("heading", { name: `Action 1 of ${classify.items.length}` })).toBeFocused();
      const first = await currentAction(page);
      await category(page, first.category).click();
      await expect(page.getByRole("heading", { name: "Correct", exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { name: `Action 2 of ${classify.items.length}` })).toBeFocused();
      const second = await currentAction(page);
      await category(page, otherKey(second.category)).click();
      await expect(page.getByRole("heading", { name: "Incorrect", exact: true })).toBeVisible();
      await expectNoAxeViolations(page);

      // Multiple choice: a wrong answer with the others' notes open, and a select-all question.
      await start(page, CHOICE);
      const checked = { single: false, multiple: false };
      for (let position = 1; position <= choice.questions.length; position++) {
        await expect(page.getByRole("heading", { name: `Question ${position} of ${choice.questions.length}` })).toBeFocused();
        const asked = await currentQuestion(page);
        const kind = asked.multiple ? "multiple" : "single";
        if (!checked[kind]) {
          checked[kind] = true;
          await answerWith(page, asked, asked.multiple ? rightOptions(asked).slice(1) : [wrongOptions(asked)[0]!]);
          await expect(page.getByRole("heading", { name: "Incorrect", exact: true })).toBeVisible();
          const summary = page.getByText("Why not the others");
          if ((await summary.count()) > 0) await summary.click();
          await expectNoAxeViolations(page);
        } else {
          await answerWith(page, asked, rightOptions(asked));
        }
        await continueButton(page).click();
      }
      // Results, then every answer under review.
      await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Review all answers" }).click();
      await expect(page.getByRole("region", { name: /^All answers/ })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}
