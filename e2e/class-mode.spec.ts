import { expect, test } from "@playwright/test";
import { answerTarget, createClass, expectAllSent, joinAs, signInInstructor, TARGET } from "./class";

// Class mode against `next start`, once on PGlite (project class) and once on PostgreSQL (class-pg).

test("two learners answer the same item differently: the dashboard shows it at 50 %, with the wrong option picked", async ({ browser }) => {
  const created = await createClass("AWS cohort 5");
  const ada = await joinAs(browser, created.joinUrl, "Ada");
  const bob = await joinAs(browser, created.joinUrl, "<b>Bob</b>");
  await answerTarget(ada, true);
  await answerTarget(bob, false);
  await expectAllSent(ada);
  await expectAllSent(bob);

  const instructor = await signInInstructor(browser, created.signInUrl);
  const row = instructor.getByRole("row", { name: new RegExp(TARGET.promptHtml.trim().replace(/[?.*+()[\]]/g, "\\$&")) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("50 %");
  await expect(row).toContainText("1 of 2");
  const picked = TARGET.options.find((option) => !option.correct)!;
  await expect(row).toContainText(`${picked.text}: 1`);
  // Display names are text: the markup shows as typed and makes no element.
  await expect(instructor.getByRole("rowheader", { name: "<b>Bob</b>" })).toBeVisible();
  await expect(instructor.locator("main b")).toHaveCount(0);
});

test("the sign-in address works once", async ({ browser }) => {
  const created = await createClass("One-time");
  await (await signInInstructor(browser, created.signInUrl)).context().close();
  const again = await (await browser.newContext()).newPage();
  await again.goto(created.signInUrl);
  await again.getByRole("button", { name: "Sign in" }).click();
  await expect(again.getByText("This sign-in address has been used or has expired.")).toBeVisible();
});

test("anonymous and learner sessions get no dashboard data, and the pages keep their security headers", async ({ browser, request }) => {
  const created = await createClass("Closed");
  const learner = await joinAs(browser, created.joinUrl, "Carol");
  for (const path of ["dashboard", "results.csv", "statements.jsonl"]) {
    expect((await request.get(`/api/class/${created.code}/${path}`)).status(), `anonymous ${path}`).toBe(401);
    expect((await learner.request.get(`/api/class/${created.code}/${path}`)).status(), `learner ${path}`).toBe(401);
  }
  await learner.goto(`/class/${created.code}`);
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText("Instructor sign-in required");
  await expect(learner.getByText("Carol")).toHaveCount(0);

  // An instructor of another class is refused too (403).
  const other = await createClass("Other class");
  const otherInstructor = await signInInstructor(browser, other.signInUrl);
  expect((await otherInstructor.request.get(`/api/class/${created.code}/dashboard`)).status()).toBe(403);

  for (const path of [`/class/${created.code}`, `/class/join/${created.code}`, "/class", "/class/sign-in"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("a learner reads only their own data, cannot delete another, and cross-site writes are refused", async ({ browser }) => {
  const created = await createClass("Privacy");
  const ada = await joinAs(browser, created.joinUrl, "Ada");
  const bob = await joinAs(browser, created.joinUrl, "Bob");
  await answerTarget(ada, true);
  await expectAllSent(ada);

  const adaData = await (await ada.request.get("/api/class/me")).json();
  const bobData = await (await bob.request.get("/api/class/me")).json();
  expect(adaData.learner.displayName).toBe("Ada");
  expect(adaData.events.length).toBeGreaterThan(0);
  expect(bobData.learner.displayName).toBe("Bob");
  expect(bobData.events).toEqual([]);

  const origin = new URL(created.joinUrl).origin;
  const remove = await bob.request.delete(`/api/class/${created.code}/learners/${adaData.learner.id}`, { headers: { Origin: origin } });
  expect(remove.status()).toBe(401);
  expect((await (await ada.request.get("/api/class/me")).json()).events.length).toBe(adaData.events.length);

  const event = { id: crypto.randomUUID(), at: new Date().toISOString(), body: { kind: "progress", lesson: "how-lessons-work", slide: 1, total: 7 } };
  const forged = await bob.request.post("/api/class/events", { data: { events: [event] }, headers: { Origin: "http://evil.example", "Sec-Fetch-Site": "cross-site" } });
  expect(forged.status()).toBe(403);
  const asForm = await bob.request.post("/api/class/events", { data: JSON.stringify({ events: [event] }), headers: { Origin: origin, "Content-Type": "text/plain" } });
  expect(asForm.status()).toBe(415);
  const tooBig = await bob.request.post("/api/class/events", { data: "x".repeat(200_000), headers: { Origin: origin, "Content-Type": "application/json" } });
  expect(tooBig.status()).toBe(413);
  const invalid = await bob.request.post("/api/class/events", { data: { events: [{ ...event, id: "not-a-uuid" }] }, headers: { Origin: origin } });
  expect(invalid.status()).toBe(400);
});

test("a learner leaves with one button, and deletes what the class holds about them", async ({ browser }) => {
  const created = await createClass("Leaving");
  const dee = await joinAs(browser, created.joinUrl, "Dee");
  await dee.goto("/class");
  await dee.getByRole("button", { name: "Leave class" }).click();
  await expect(dee.getByRole("status")).toContainText("You left the class");
  expect((await dee.request.get("/api/class/me")).status()).toBe(401);

  const eve = await joinAs(browser, created.joinUrl, "Eve");
  await answerTarget(eve, false);
  await expectAllSent(eve);
  await eve.getByRole("button", { name: "Delete my data at the class…" }).click();
  await eve.getByRole("button", { name: "Delete my data at the class", exact: true }).click();
  await expect(eve.getByRole("status")).toContainText("The class no longer has your name");

  const instructor = await signInInstructor(browser, created.signInUrl);
  await expect(instructor.getByRole("rowheader", { name: "Dee" })).toBeVisible();
  await expect(instructor.getByRole("rowheader", { name: "Eve" })).toHaveCount(0);
  await expect(instructor.getByText("No answers yet.")).toBeVisible();

  // The instructor deletes a learner too.
  await instructor.getByText("Delete…").click();
  await instructor.getByRole("button", { name: "Delete Dee and everything they sent" }).click();
  await expect(instructor.getByText("Nobody has joined yet.")).toBeVisible();
});

test("a learner the instructor removed can send nothing more, though they sent a moment ago", async ({ browser }) => {
  const created = await createClass("Removed");
  const fay = await joinAs(browser, created.joinUrl, "Fay");
  await answerTarget(fay, true);
  await expectAllSent(fay);

  const instructor = await signInInstructor(browser, created.signInUrl);
  await instructor.getByText("Delete…").click();
  await instructor.getByRole("button", { name: "Delete Fay and everything they sent" }).click();
  await expect(instructor.getByText("Nobody has joined yet.")).toBeVisible();

  const origin = new URL(fay.url()).origin;
  const event = { id: crypto.randomUUID(), at: new Date().toISOString(), body: { kind: "answer", quiz: "root-user-quiz", item: "q1", answer: ["a"], correct: true } };
  const sent = await fay.request.post("/api/class/events", { headers: { Origin: origin, "Content-Type": "application/json" }, data: { events: [event] } });
  expect(sent.status()).toBe(401);
  await instructor.reload();
  await expect(instructor.getByText("Nobody has joined yet.")).toBeVisible();
});
