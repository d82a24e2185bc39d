import { describe, expect, it } from "vitest";
import { indexSlides, suggestSlide, type SlideText } from "./suggest-lesson";
import { rankingWords } from "./words";

/** A slide of `section`; slugs and titles say where it is, so a wrong pick reads plainly. */
function slide(section: string, slug: string, number: number, text: string): SlideText {
  return { slug, slide: number, title: `${slug} ${number}`, section, text };
}

const SECTION_A = [
  slide("a", "root-user", 1, "The root user has complete access to every service and resource in the account."),
  slide("a", "root-user", 2, "Turn on multi-factor authentication for the root user. Keep the device safe."),
  slide("a", "root-user", 3, "Only the root user can close the account or change the support plan."),
  slide("a", "billing", 1, "Budgets warn you before the monthly bill grows."),
];
const SECTION_B = [slide("b", "networking", 1, "A security group filters traffic to an instance; a subnet lives in one availability zone.")];

describe("suggestSlide", () => {
  const index = indexSlides([...SECTION_A, ...SECTION_B]);

  it("gives an item whose words appear on exactly one slide that slide", () => {
    expect(suggestSlide(index, { section: "a", text: "Set a budget so the monthly bill does not surprise you" })).toEqual({
      slug: "billing",
      slide: 1,
      title: "billing 1",
      suggested: true,
    });
    expect(suggestSlide(index, { section: "a", text: "Register a multi-factor authentication device" })).toMatchObject({ slug: "root-user", slide: 2 });
  });

  it("weighs words by how few slides use them: 'root user' is everywhere, 'support plan' is not", () => {
    expect(suggestSlide(index, { section: "a", text: "Can the root user change the support plan?" })).toMatchObject({ slug: "root-user", slide: 3 });
  });

  it("never leaves the item's section, even when another section's slide says exactly the item", () => {
    const item = "Which security group filters traffic to an instance in a subnet?";
    expect(suggestSlide(index, { section: "a", text: item })).toBeUndefined();
    expect(suggestSlide(index, { section: "b", text: item })).toMatchObject({ slug: "networking", slide: 1 });
    expect(suggestSlide(index, { section: "c", text: item })).toBeUndefined();
  });

  it("suggests nothing when the item shares only stop words, or words every slide uses", () => {
    expect(suggestSlide(index, { section: "a", text: "What is it, and why would you do it?" })).toBeUndefined();
    const everywhere = indexSlides([slide("a", "x", 1, "root account"), slide("a", "x", 2, "root account"), slide("a", "x", 3, "root account")]);
    expect(suggestSlide(everywhere, { section: "a", text: "the root account" })).toBeUndefined();
  });

  it("breaks a tie with the earlier slide, in the order the slides were given", () => {
    const twins = [slide("a", "first", 1, "Rotate the access keys."), slide("a", "second", 1, "Rotate the access keys."), slide("a", "other", 1, "Something else entirely.")];
    expect(suggestSlide(indexSlides(twins), { section: "a", text: "rotate keys" })).toMatchObject({ slug: "first" });
    expect(suggestSlide(indexSlides([twins[1]!, twins[0]!, twins[2]!]), { section: "a", text: "rotate keys" })).toMatchObject({ slug: "second" });
  });
});

describe("rankingWords", () => {
  it("lower-cases, splits on anything but letters and digits, drops stop words and single characters, and does not stem", () => {
    expect(rankingWords("Grant `sts:AssumeRoot` to the role's users — 15 minutes, Café")).toEqual(["grant", "sts", "assumeroot", "role", "users", "15", "minutes", "café"]);
    expect(rankingWords("delegable delegate")).toEqual(["delegable", "delegate"]);
  });
});
