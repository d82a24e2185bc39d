import { expect, test } from "@playwright/test";

// The answer key page exists only in `npm run dev` (app/quizzes/[slug]/key/page.dev.tsx): the
// production build learners get has no such route.
test("the production build has no answer key page", async ({ page }) => {
  const quiz = await page.goto("/quizzes/root-user-quiz");
  expect(quiz?.status()).toBe(200);
  for (const slug of ["root-user-quiz", "root-or-delegable"]) {
    const response = await page.goto(`/quizzes/${slug}/key`);
    expect(response?.status(), slug).toBe(404);
    await expect(page.getByRole("heading", { name: /Answer key/ })).toHaveCount(0);
  }
});
