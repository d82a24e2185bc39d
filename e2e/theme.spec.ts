import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, tabTo } from "./helpers";

// The theme control in the header of every page: a radio group named "Theme" with System (the
// default, following the operating system's setting as it changes), Light and Dark.

const LESSON = "/lessons/root-user-privileges/1";

function theme(page: Page) {
  const group = page.getByRole("group", { name: "Theme" });
  return {
    group,
    system: group.getByRole("radio", { name: "System" }),
    light: group.getByRole("radio", { name: "Light" }),
    dark: group.getByRole("radio", { name: "Dark" }),
  };
}

test("System is the default and follows the system's colour scheme as it changes, without a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(LESSON);
  const html = page.locator("html");
  const { system, light, dark } = theme(page);
  await expect(system).toBeChecked();
  await expect(light).not.toBeChecked();
  await expect(dark).not.toBeChecked();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).toHaveAttribute("data-theme", "light");
});

test("a theme chosen from the keyboard wins over the system, persists, and System hands back to it", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(LESSON);
  const html = page.locator("html");
  const { system, light, dark } = theme(page);
  await expect(html).toHaveAttribute("data-theme", "dark");
  await tabTo(page, system);
  // Arrow keys move through the group; each choice applies at once.
  await page.keyboard.press("ArrowRight");
  await expect(light).toBeChecked();
  await expect(light).toBeFocused();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(light).toBeChecked();
  await expect(html).toHaveAttribute("data-theme", "light");
  // The system changing does not override a choice.
  await page.emulateMedia({ colorScheme: "light" });
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveAttribute("data-theme", "light");

  await page.goto("/");
  await expect(light).toBeChecked();
  await tabTo(page, light);
  await page.keyboard.press("ArrowRight");
  await expect(dark).toBeChecked();
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");

  // From Dark, the next choice wraps round to System: the page follows the system again.
  await tabTo(page, dark);
  await page.keyboard.press("ArrowRight");
  await expect(system).toBeChecked();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(system).toBeChecked();
  await context.close();
});

test("a choice made in another tab reaches this one", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(LESSON);
  await second.goto("/");
  await expect(theme(second).system).toBeChecked();
  await theme(first).dark.check();
  await expect(theme(second).dark).toBeChecked();
  await expect(second.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("a stored theme the app cannot read is set aside and the page follows the system", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("pagebreak:theme", "solarized"));
  await page.reload();
  await expect(theme(page).system).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("pagebreak:set-aside:pagebreak:theme:")).map((key) => localStorage.getItem(key)));
  expect(kept).toEqual(["solarized"]);
});

test("the theme control has no accessibility violations in either theme, and fits a 320 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(LESSON);
  const { group, dark } = theme(page);
  await expect(group).toBeVisible();
  await expectNoAxeViolations(page);
  await dark.check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
