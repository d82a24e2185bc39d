import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** Runs axe-core (all WCAG A/AA rules and best practices) and expects no violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** The reader's status line, as assistive technology reads it. */
export function slideStatus(page: Page) {
  return page.getByRole("status");
}

/**
 * Waits until React has hydrated the reader: its buttons are in the server's HTML, and they
 * announce their keyboard shortcuts once the keys work.
 */
export async function waitForReader(page: Page) {
  await expect(page.getByRole("button", { name: "Overview" })).toHaveAttribute("aria-keyshortcuts", "o");
}

/**
 * Waits until the header's script has run. Its `/` shortcut listens only from then on; a press in
 * the moment before does nothing, as on any page whose keys are JavaScript. The theme control,
 * disabled in the server's HTML, is enabled at that point.
 */
export async function waitForHeader(page: Page) {
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "System" })).toBeEnabled();
}

/** Presses Tab until `target` has focus, as a keyboard user would, then expects it focused. */
export async function tabTo(page: Page, target: Locator, maxTabs = 20) {
  for (let tabs = 0; tabs < maxTabs && !(await target.evaluate((element) => element === document.activeElement)); tabs++) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** Chooses a theme the way a saved choice does, and reloads the page in it. */
export async function setTheme(page: Page, theme: "light" | "dark") {
  await page.evaluate((value) => localStorage.setItem("pagebreak:theme", value), theme);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
}
