import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { headingAnchor } from "../lib/content/heading-anchors";
import { expectNoAxeViolations } from "./helpers";
import { choiceKey, classifyKey } from "./quiz-key";

const CLASSIFY = "/quizzes/root-or-delegable";
const CHOICE = "/quizzes/root-user-quiz";
const classify = classifyKey("_quizzes/2024-3-16-root-or-delegable.md");
const choice = choiceKey("_quizzes/2024-3-17-root-user-quiz.md");
const labelOf = (key: string) => classify.categories.find((category) => category.key === key)!.label;
const otherKey = (key: string) => classify.categories.find((category) => category.key !== key)!.key;

/** The category the key says the action on screen belongs to. */
async function currentAction(page: Page) {
  const text = (await page.locator("section .prose").first().innerText()).trim();
  const item = classify.items.find((candidate) => candidate.text === text);
  expect(item, `"${text}" is an item of the quiz`).toBeDefined();
  return item!;
}

async function start(page: Page, url: string, mode: "Practice" | "Exam" = "Practice") {
  await page.goto(url);
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole("button", { name: "Start" }).click();
}

test("a practice classification run with some wrong answers, checked against the results", async ({ page }) => {
  await start(page, CLASSIFY);
  const total = classify.items.length;
  const wrong: { text: string; actual: string; chosen: string }[] = [];
  for (let position = 1; position <= total; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of ${total}` })).toBeVisible();
    const item = await currentAction(page);
    // Miss the 2nd, 5th and 9th actions on purpose.
    const key = [2, 5, 9].includes(position) ? otherKey(item.category) : item.category;
    if (key !== item.category) wrong.push({ text: item.text, actual: item.category, chosen: key });
    await page.getByRole("button", { name: labelOf(key) }).click();
    const verdict = key === item.category ? "Correct" : "Incorrect";
    await expect(page.getByRole("heading", { name: verdict, exact: true })).toBeFocused();
    await expect(page.getByRole("status")).toContainText(verdict === "Correct" ? "Correct." : `Incorrect. The answer is ${labelOf(item.category)}.`);
    await page.getByRole("button", { name: "Continue" }).click();
  }

  const right = total - wrong.length;
  const percent = Math.floor((right / total) * 100);
  await expect(page.getByRole("heading", { name: "Results" })).toBeFocused();
  await expect(page.getByText(`${right} of ${total} correct`, { exact: true })).toBeVisible();
  await expect(page.locator("p", { hasText: `${percent} % —` })).toContainText(percent >= 80 ? "Passed" : "Not passed");
  const missed = page.getByRole("region", { name: `Missed (${wrong.length})` });
  await expect(missed.getByRole("listitem")).toHaveCount(wrong.length);
  for (const miss of wrong) {
    const entry = missed.getByRole("listitem").filter({ hasText: miss.text });
    await expect(entry).toContainText(`Your answer: ${labelOf(miss.chosen)}`);
    await expect(entry).toContainText(`Correct answer: ${labelOf(miss.actual)}`);
    await expect(entry.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  }
  for (const key of new Set(wrong.map((miss) => miss.actual))) {
    const count = wrong.filter((miss) => miss.actual === key).length;
    await expect(page.getByText(`${count} “${labelOf(key)}” action${count === 1 ? "" : "s"} marked “${labelOf(otherKey(key))}”`)).toBeVisible();
  }

  // Retry missed: a round of exactly the missed actions.
  await page.getByRole("button", { name: "Retry missed" }).click();
  const retried: string[] = [];
  for (let position = 1; position <= wrong.length; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of ${wrong.length}` })).toBeVisible();
    const item = await currentAction(page);
    retried.push(item.text);
    await page.getByRole("button", { name: labelOf(item.category) }).click();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  expect(retried.sort()).toEqual(wrong.map((miss) => miss.text).sort());
  await expect(page.getByText(`${wrong.length} of ${wrong.length} correct`, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retry missed" })).toHaveCount(0);

  // The full round counts as an attempt in the outline; the retry round does not replace it.
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ hasText: classify.title }).first()).toContainText(`Best ${percent} % · last ${percent} %`);
});

test("a multiple-choice run, with select-all questions graded all or nothing", async ({ page }) => {
  await start(page, CHOICE);
  const total = choice.questions.length;
  let right = 0;
  for (let position = 1; position <= total; position++) {
    await expect(page.getByRole("heading", { name: `Question ${position} of ${total}` })).toBeVisible();
    // Identify the question by its options on screen.
    const shown = await page.locator("form label").allInnerTexts();
    const asked = choice.questions.find((candidate) => candidate.options.every((option) => shown.some((text) => text.trim() === option.text)))!;
    expect(asked, `options ${shown.join(" | ")}`).toBeDefined();
    const correct = asked.options.filter((option) => option.correct);
    // Answer every third question wrongly: a select-all question with one right option missing.
    const answerWrongly = position % 3 === 0;
    const chosen = answerWrongly
      ? asked.multiple
        ? correct.slice(1)
        : [asked.options.find((option) => !option.correct)!]
      : correct;
    for (const option of chosen) {
      await page.getByRole(asked.multiple ? "checkbox" : "radio", { name: option.text, exact: true }).check();
    }
    if (!answerWrongly) right++;
    await page.getByRole("button", { name: "Check answer" }).click();
    const verdict = answerWrongly ? "Incorrect" : "Correct";
    await expect(page.getByRole("heading", { name: verdict, exact: true })).toBeFocused();
    // Feedback explains the chosen option and the right one.
    for (const option of [...chosen, ...correct]) await expect(page.getByText(option.text, { exact: false }).last()).toBeVisible();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByText(`${right} of ${total} correct`, { exact: true })).toBeVisible();
});

test("exam mode shows no feedback until the results", async ({ page }) => {
  await start(page, CLASSIFY, "Exam");
  const total = classify.items.length;
  for (let position = 1; position <= total; position++) {
    await expect(page.getByRole("heading", { name: `Action ${position} of ${total}` })).toBeFocused();
    const item = await currentAction(page);
    await page.getByRole("button", { name: labelOf(position === 1 ? otherKey(item.category) : item.category) }).click();
    await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toHaveCount(0);
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
  await expect(page.getByText(`${total - 1} of ${total} correct`, { exact: true })).toBeVisible();
});

test("a reload mid-quiz resumes at the same item with earlier answers kept", async ({ page }) => {
  await start(page, CLASSIFY);
  const answered: string[] = [];
  for (let position = 1; position <= 3; position++) {
    const item = await currentAction(page);
    answered.push(item.text);
    await page.getByRole("button", { name: labelOf(otherKey(item.category)) }).click();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByRole("heading", { name: `Action 4 of ${classify.items.length}` })).toBeVisible();
  const fourth = await currentAction(page);
  await page.reload();
  await expect(page.getByRole("heading", { name: `Action 4 of ${classify.items.length}` })).toBeVisible();
  expect((await currentAction(page)).text).toBe(fourth.text);
  // Leaving and coming back works the same way, and the outline says how far the learner got.
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ hasText: classify.title }).first()).toContainText(`In progress: 3 of ${classify.items.length} answered`);
  await page.goBack();
  await expect(page.getByRole("heading", { name: `Action 4 of ${classify.items.length}` })).toBeVisible();
  // The three wrong answers are still there at the end.
  for (let position = 4; position <= classify.items.length; position++) {
    const item = await currentAction(page);
    await page.keyboard.press(String(classify.categories.findIndex((category) => category.key === item.category) + 1));
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByText(`${classify.items.length - 3} of ${classify.items.length} correct`, { exact: true })).toBeVisible();
  for (const text of answered) await expect(page.getByRole("listitem").filter({ hasText: text })).toBeVisible();
});

test("a keyboard-only multiple-choice run", async ({ page }) => {
  await page.goto(CHOICE);
  await page.getByRole("button", { name: "Start" }).focus();
  await page.keyboard.press("Enter");
  const total = choice.questions.length;
  for (let position = 1; position <= total; position++) {
    await expect(page.getByRole("heading", { name: `Question ${position} of ${total}` })).toBeFocused();
    const shown = (await page.locator("form label").allInnerTexts()).map((text) => text.trim());
    const asked = choice.questions.find((candidate) => candidate.options.every((option) => shown.includes(option.text)))!;
    const correctIndexes = shown.map((text, index) => (asked.options.find((option) => option.text === text)?.correct ? index : -1)).filter((index) => index >= 0);
    await page.keyboard.press("Tab");
    if (asked.multiple) {
      // Checkboxes: Tab from one to the next, Space to check.
      for (let index = 0; index < shown.length; index++) {
        if (correctIndexes.includes(index)) await page.keyboard.press("Space");
        await page.keyboard.press("Tab");
      }
    } else {
      // Radios: Space checks the focused one; arrow keys move and check.
      await page.keyboard.press("Space");
      for (let index = 0; index < correctIndexes[0]!; index++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Tab");
    }
    await expect(page.getByRole("button", { name: "Check answer" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Correct", exact: true })).toBeFocused();
    // Enter on the feedback presses Continue.
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "Results" })).toBeFocused();
  await expect(page.getByText(`${total} of ${total} correct`, { exact: true })).toBeVisible();
});

test("quizzes sit after their section's lessons, and the lesson's last slide offers them", async ({ page }) => {
  await page.goto("/");
  const links = page.getByRole("list", { name: "Course outline" }).getByRole("link");
  await expect(links).toHaveText([
    "How lessons work",
    "Root User Privileges and Safe Practices",
    "Hands-on: lock down the root user",
    "What changed since this section was written",
    `Quiz: ${classify.title}`,
    choice.title,
  ]);
  await page.goto("/lessons/root-user-privileges/5");
  // The multiple-choice quiz's title starts with "Quiz: ": the link does not say it twice.
  await expect(page.getByRole("link", { name: "Take the quiz: root user privileges", exact: true })).toBeVisible();
  await page.getByRole("link", { name: `Take the quiz: ${classify.title}` }).click();
  await expect(page).toHaveURL(CLASSIFY);
  await expect(page.getByRole("heading", { level: 1, name: classify.title })).toBeVisible();
  await expect(page.getByText(`${classify.items.length} actions · pass mark 80 %`)).toBeVisible();
});

test("corrupted saved quiz data is set aside and the quiz starts cleanly", async ({ page }) => {
  await page.goto(CHOICE);
  await page.evaluate(() => {
    localStorage.setItem("pagebreak:quiz:root-user-quiz", '{"version":1,"session":{"phase":"asking","order":["gone"]}}');
    localStorage.setItem("pagebreak:quiz-attempts", "][");
  });
  await page.reload();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  // The saved session is read once the quiz has arrived from its data file.
  await expect
    .poll(async () => (await page.evaluate(() => Object.keys(localStorage))).filter((key) => key.startsWith("pagebreak:set-aside:pagebreak:quiz:root-user-quiz:")))
    .toHaveLength(1);
  await page.goto("/");
  await expect(page.getByRole("listitem").filter({ hasText: choice.title }).first()).toContainText("Not taken");
});

test("every quiz screen has no accessibility violations, in light and dark", async ({ page }) => {
  test.setTimeout(90_000);
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(CLASSIFY);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Start" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: labelOf("delegable") }).click();
    await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await start(page, CHOICE, "Exam");
    for (let position = 1; position <= choice.questions.length; position++) {
      await page.locator("form input").first().check();
      if (position === 1) await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Submit answer" }).click();
    }
    await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("a quiz page carries only its start screen; the quiz comes from its data file, and a failed fetch says so", async ({ page, request }) => {
  const action = classify.items[0]!.text;
  const html = await (await request.get(CLASSIFY)).text();
  expect(html).toContain("pass mark");
  expect(html).not.toContain(action);
  const data = await request.get(`${CLASSIFY}/quiz.json`);
  expect(data.status()).toBe(200);
  expect(JSON.stringify(await data.json())).toContain(action);
  expect((await request.get("/quizzes/no-such-quiz/quiz.json")).status()).toBe(404);

  // Start pressed before the quiz has arrived counts once it is here.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/quiz.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(CHOICE);
  await page.getByRole("radio", { name: /^Exam/ }).check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loading the quiz…" })).toBeVisible();
  release();
  await expect(page.getByRole("heading", { name: `Question 1 of ${choice.questions.length}` })).toBeFocused();
  await page.locator("form input").first().check();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: /^(Correct|Incorrect)$/ })).toHaveCount(0);

  await page.unrouteAll();
  await page.route("**/quiz.json", (route) => route.abort());
  await page.goto(CLASSIFY);
  await expect(page.getByRole("alert").filter({ hasText: "This quiz could not be loaded" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start" })).toBeDisabled();
});

test("a wrong answer offers the slide its Lesson: line names, and the link opens that slide", async ({ page }) => {
  await start(page, CLASSIFY);
  const item = await currentAction(page);
  await page.getByRole("button", { name: labelOf(otherKey(item.category)) }).click();
  await expect(page.getByRole("heading", { name: "Incorrect", exact: true })).toBeFocused();
  // The key's own Lesson: line, e.g. ../_posts/2024-3-14-root-user-privileges.md#root-only-tasks.
  const [file, anchor] = item.lesson!.href.split("#");
  const slug = path.basename(file!, ".md").replace(/^\d{4}-\d{1,2}-\d{1,2}-/, "");
  const revisit = page.getByRole("link", { name: /^Revisit: / });
  await expect(revisit).toHaveAttribute("href", new RegExp(`^/lessons/${slug}/\\d+$`));
  await expect(page.getByText(/\(suggested/)).toHaveCount(0);
  await revisit.click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${slug}/\\d+$`));
  const headings = await page.locator("[data-slide-deck] > section:not([hidden])").locator("h1, h2, h3, h4").allInnerTexts();
  expect(headings.map((heading) => headingAnchor(heading))).toContain(anchor);
});
