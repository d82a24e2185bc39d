import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, tabTo, waitForReader } from "./helpers";

// The presenter view of the bundled "How lessons work" (7 slides), whose slides 1 and 3 have
// speaker notes, and its audience windows: slide pages of the same lesson in the same browser.

const LESSON = "/lessons/how-lessons-work";
const PRESENTER = `${LESSON}/presenter`;
const TOTAL = 7;
const NOTES_1 = "Welcome the class, then ask who has written Markdown before";
const NOTES_3 = "Stop on the fenced block";
/** Every bit of the notes' text, none of which a learner may receive. */
const NOTE_TEXTS = [NOTES_1, "two markers, three slides", NOTES_3, "only after the class has spotted it"];
/** What each slide shows, to tell them apart. */
const SLIDE_TEXT: Record<number, string> = {
  1: "How lessons work",
  2: "Moving around",
  3: "Code stays code",
  4: "Lists, quotes and markers inside them",
  5: "This item continued from the previous slide",
  6: "…and it carries on here.",
  7: "GitHub-flavoured extras",
};

function currentSlide(presenter: Page) {
  return presenter.getByRole("region", { name: /^Current slide/ });
}

function upNext(presenter: Page) {
  return presenter.getByRole("region", { name: /^Up next/ });
}

function speakerNotes(presenter: Page) {
  return presenter.getByRole("region", { name: "Speaker notes" });
}

/** The presenter shows `slide`: number, current slide, the next one and the notes that go with it. */
async function expectPresenterAt(presenter: Page, slide: number) {
  await expect(currentSlide(presenter)).toHaveAccessibleName(`Current slide, ${slide} of ${TOTAL}`);
  await expect(presenter.getByRole("status")).toContainText(`Slide ${slide} of ${TOTAL}`);
  await expect(currentSlide(presenter)).toContainText(SLIDE_TEXT[slide]!);
  if (slide < TOTAL) await expect(upNext(presenter)).toContainText(SLIDE_TEXT[slide + 1]!);
  else await expect(upNext(presenter)).toContainText("The end of the lesson.");
  // Slides 1 and 3 have notes, slide 2 has none; the notes of a slide never stay on the next.
  const notes = { 1: NOTES_1, 2: "No notes for this slide.", 3: NOTES_3 }[slide];
  if (notes) await expect(speakerNotes(presenter)).toContainText(notes);
  for (const other of [NOTES_1, NOTES_3].filter((text) => text !== notes)) await expect(speakerNotes(presenter)).not.toContainText(other);
}

/** The audience window shows `slide`, at its address. */
async function expectAudienceAt(audience: Page, slide: number) {
  await expect(audience).toHaveURL(`${LESSON}/${slide}`);
  const region = audience.getByRole("region", { name: `Slide ${slide} of ${TOTAL}` });
  await expect(region).toBeVisible();
  await expect(region).toContainText(SLIDE_TEXT[slide]!);
}

async function openPresenter(presenter: Page, search = "") {
  await presenter.goto(`${PRESENTER}${search}`);
  await expect(speakerNotes(presenter)).not.toContainText("Loading");
}

test("the presenter and every audience window move together, whichever one moves", async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(`${LESSON}/1`);
  await waitForReader(audience);
  const presenter = await context.newPage();
  await openPresenter(presenter);
  await expectPresenterAt(presenter, 1);
  // Opening the presenter view moves no one.
  await expectAudienceAt(audience, 1);

  // The presenter's keys move the audience.
  const presenterSteps: [string, number][] = [
    ["ArrowRight", 2],
    ["Space", 3],
    ["PageDown", 4],
    ["End", 7],
    ["ArrowLeft", 6],
    ["PageUp", 5],
    ["Home", 1],
  ];
  for (const [key, slide] of presenterSteps) {
    await presenter.keyboard.press(key);
    await expectPresenterAt(presenter, slide);
    await expectAudienceAt(audience, slide);
  }

  // The audience's keys move the presenter: current slide, next slide and notes.
  for (const [key, slide] of [["ArrowRight", 2], ["ArrowRight", 3], ["End", 7], ["Home", 1]] as const) {
    await audience.keyboard.press(key);
    await expectAudienceAt(audience, slide);
    await expectPresenterAt(presenter, slide);
  }

  // A second audience window keeps in step too, and moves the others.
  const second = await context.newPage();
  await second.goto(`${LESSON}/1`);
  await waitForReader(second);
  await presenter.keyboard.press("ArrowRight");
  await expectAudienceAt(second, 2);
  await expectAudienceAt(audience, 2);
  await second.keyboard.press("ArrowRight");
  await expectPresenterAt(presenter, 3);
  await expectAudienceAt(audience, 3);

  // The presenter's buttons move everyone as its keys do.
  await presenter.getByRole("button", { name: "Next slide" }).click();
  await expectAudienceAt(audience, 4);
  await expectAudienceAt(second, 4);

  // The learner's page never holds the notes, even after showing a slide that has some.
  await audience.keyboard.press("Home");
  await expectPresenterAt(presenter, 1);
  for (const text of NOTE_TEXTS) expect(await audience.content()).not.toContain(text);
});

/** What answers a window of the lesson that asks who presents it, within `waitMs`. */
async function answersToHello(page: Page, waitMs = 700): Promise<unknown[]> {
  return page.evaluate(
    ({ channelName, slug, waitMs }) =>
      new Promise<unknown[]>((resolve) => {
        const channel = new BroadcastChannel(channelName);
        const answers: unknown[] = [];
        channel.onmessage = (event) => answers.push(event.data);
        channel.postMessage({ type: "hello", slug });
        setTimeout(() => {
          channel.close();
          resolve(answers);
        }, waitMs);
      }),
    { channelName: "pagebreak:present:how-lessons-work", slug: "how-lessons-work", waitMs },
  );
}

test("a reader keeps to itself until the lesson is presented, then joins in and says so", async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(`${LESSON}/1`);
  await waitForReader(audience);
  // Nobody presents: the reader answers no one, and posts nothing when it moves.
  const listener = await context.newPage();
  await listener.goto("/");
  expect(await answersToHello(listener)).toEqual([]);
  await listener.evaluate(() => {
    const heard: unknown[] = [];
    Object.assign(window, { heard });
    new BroadcastChannel("pagebreak:present:how-lessons-work").onmessage = (event) => heard.push(event.data);
  });
  await audience.keyboard.press("ArrowRight");
  await expectAudienceAt(audience, 2);
  await listener.waitForTimeout(500);
  expect(await listener.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);

  // A presenter view opens: the reader joins in and follows it from the first move.
  const presenter = await context.newPage();
  await openPresenter(presenter, "?slide=2");
  await presenter.keyboard.press("ArrowRight");
  await expectAudienceAt(audience, 3);
  // Both now answer a window that asks, so a reader opened later joins in too, even after the
  // presenter view has closed.
  const answers = await answersToHello(listener);
  expect(answers).toHaveLength(2);
  for (const answer of answers) expect(answer).toEqual({ type: "presenting", slug: "how-lessons-work" });
  await presenter.close();
  const late = await context.newPage();
  await late.goto(`${LESSON}/3`);
  await waitForReader(late);
  await audience.keyboard.press("ArrowRight");
  await expectAudienceAt(late, 4);
});

test("quick presses in one window are not bounced back by the others", async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(`${LESSON}/1`);
  await waitForReader(audience);
  const second = await context.newPage();
  await second.goto(`${LESSON}/1`);
  await waitForReader(second);
  const presenter = await context.newPage();
  await openPresenter(presenter);

  for (let press = 0; press < 5; press++) await presenter.keyboard.press("ArrowRight");
  await expectAudienceAt(audience, 6);
  await expectAudienceAt(second, 6);
  for (let press = 0; press < 4; press++) await audience.keyboard.press("ArrowLeft");
  await expectPresenterAt(presenter, 2);
  await expectAudienceAt(second, 2);
  // An echo of a slide passed on the way would arrive now and pull a window back.
  await presenter.waitForTimeout(1_000);
  await expectPresenterAt(presenter, 2);
  await expectAudienceAt(audience, 2);
  await expectAudienceAt(second, 2);
});

test("a window of another lesson, or a malformed message, moves nothing", async ({ context }) => {
  const presenter = await context.newPage();
  await openPresenter(presenter, "?slide=2");
  const other = await context.newPage();
  await other.goto("/lessons/root-user-privileges/1");
  await waitForReader(other);
  await other.keyboard.press("ArrowRight");
  await expect(other).toHaveURL("/lessons/root-user-privileges/2");
  await other.evaluate(() => {
    const channel = new BroadcastChannel("pagebreak:present:how-lessons-work");
    for (const message of [{ type: "slide", slug: "how-lessons-work", slide: 99 }, { type: "slide", slug: "how-lessons-work", slide: "5" }, "slide 5", null, { type: "slide", slug: "root-user-privileges", slide: 4 }]) {
      channel.postMessage(message);
    }
    channel.postMessage({ type: "slide", slug: "how-lessons-work", slide: 6 });
    channel.close();
  });
  // Only the well-formed message for this lesson and within it counted.
  await expectPresenterAt(presenter, 6);
});

test("the presenter view opens at the slide its address names, and keeps it there", async ({ page }) => {
  await openPresenter(page, "?slide=3");
  await expectPresenterAt(page, 3);
  await page.keyboard.press("ArrowRight");
  await expectPresenterAt(page, 4);
  await expect(page).toHaveURL(`${PRESENTER}?slide=4`);
  await expect(page).toHaveTitle(`Presenter: How lessons work — slide 4 of ${TOTAL} · Pagebreak`);
  await page.reload();
  await expectPresenterAt(page, 4);
  await openPresenter(page, "?slide=99");
  await expectPresenterAt(page, TOTAL);
  await openPresenter(page, "?slide=zero");
  await expectPresenterAt(page, 1);
  await page.keyboard.press("ArrowLeft");
  await expectPresenterAt(page, 1);
  await expect(page.getByRole("button", { name: "Previous slide" })).toBeDisabled();
});

test("the presenter's keys stand aside in a form control, and Space presses a focused button", async ({ page }) => {
  await openPresenter(page, "?slide=2");
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.setAttribute("aria-label", "Scratch pad");
    document.querySelector("main")?.append(input);
  });
  await page.getByRole("textbox", { name: "Scratch pad" }).focus();
  for (const key of ["ArrowRight", "Space", "End", "PageDown", "Home"]) await page.keyboard.press(key);
  await expectPresenterAt(page, 2);

  await tabTo(page, page.getByRole("button", { name: "Next slide" }));
  await page.keyboard.press("Space");
  await expectPresenterAt(page, 3);
});

test("the next slide is a preview: nothing in it takes focus", async ({ page }) => {
  // Slide 7, next after 6, has a link and a disclosure.
  await openPresenter(page, "?slide=6");
  await expect(upNext(page)).toContainText("Show a hidden answer");
  expect(await upNext(page).locator("a[href], summary").count()).toBeGreaterThan(1);
  const stops: string[] = [];
  for (let tab = 0; tab < 15; tab++) {
    await page.keyboard.press("Tab");
    stops.push(await page.evaluate(() => (document.activeElement?.closest("[inert]") ? "preview" : (document.activeElement?.textContent ?? ""))));
  }
  expect(stops).toContain("Reset timer");
  expect(stops).not.toContain("preview");
});

test("the timer shows minutes and seconds, then hours, resets, and announces nothing", async ({ page }) => {
  const opened = new Date("2026-03-02T09:00:00Z");
  await page.clock.install({ time: opened });
  await openPresenter(page);
  // The clock stops here, however long the page took to open; Reset counts from this moment.
  await page.clock.pauseAt(new Date(opened.getTime() + 60_000));
  const timer = page.getByRole("timer", { name: "Elapsed" });
  await page.getByRole("button", { name: "Reset timer" }).click();
  await expect(timer).toHaveText("00:00");
  await page.clock.runFor(65_500);
  await expect(timer).toHaveText("01:05");
  await page.getByRole("button", { name: "Reset timer" }).click();
  await expect(timer).toHaveText("00:00");
  await page.clock.runFor(3_600_000 + 2_500);
  await expect(timer).toHaveText("1:00:02");
  // Not a live region, and inside none: a screen reader is not told every second.
  expect(await timer.evaluate((element) => element.closest("[aria-live]:not([aria-live='off']), [role='status'], [role='log'], [role='alert']"))).toBeNull();
});

test("the timer starts when the view opens and ticks on the real clock", async ({ page }) => {
  await openPresenter(page);
  const timer = page.getByRole("timer", { name: "Elapsed" });
  const first = await timer.textContent();
  expect(first).toMatch(/^00:0\d$/);
  await expect(timer).not.toHaveText(first!, { timeout: 3_000 });
  await expect(timer).toHaveText(/^00:0\d$/);
});

test("learners never get the notes: not in slide pages, their RSC payload or slide data; the notes file has them", async ({ page, request }) => {
  for (let slide = 1; slide <= TOTAL; slide++) {
    const bodies = [
      await (await request.get(`${LESSON}/${slide}`)).text(),
      await (await request.get(`${LESSON}/${slide}`, { headers: { RSC: "1" } })).text(),
      await (await request.get(`${LESSON}/${slide}/slide.json`)).text(),
    ];
    for (const body of bodies) {
      expect(body).toContain(SLIDE_TEXT[slide]!.slice(0, 12));
      for (const text of NOTE_TEXTS) expect(body, `slide ${slide}`).not.toContain(text);
    }
  }
  const onePage = await (await request.get(`${LESSON}/all`)).text();
  for (const text of NOTE_TEXTS) expect(onePage).not.toContain(text);

  await page.goto(`${LESSON}/3`);
  await waitForReader(page);
  await expect(page.getByRole("region", { name: `Slide 3 of ${TOTAL}` })).toContainText("Code is highlighted");
  for (const text of NOTE_TEXTS) expect(await page.content()).not.toContain(text);

  const response = await request.get(`${LESSON}/notes.json`);
  expect(response.status()).toBe(200);
  const data: unknown = await response.json();
  const notes = typeof data === "object" && data !== null && "notes" in data && Array.isArray(data.notes) ? data.notes : [];
  expect(notes).toHaveLength(TOTAL);
  expect(notes.slice(0, 3)).toEqual([expect.stringContaining(NOTES_1), null, expect.stringContaining(NOTES_3)]);
  expect(JSON.stringify(data)).toContain("<strong>two markers, three slides</strong>");
  for (const path of ["/lessons/no-such-lesson/notes.json", "/quizzes/root-user-quiz/notes.json"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of ["/lessons/no-such-lesson/presenter", "/lessons/root-user-quiz/presenter"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("the presenter view has no accessibility violations in light and dark themes", async ({ browser, baseURL }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme, baseURL });
    const page = await context.newPage();
    await openPresenter(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
    await expectNoAxeViolations(page);
    await openPresenter(page, "?slide=6");
    await expectPresenterAt(page, 6);
    await expectNoAxeViolations(page);
    await context.close();
  }
});
