import { describe, expect, it } from "vitest";
import { slideMessage } from "./present";
import { asksWhoPresents, presenceMessage, presentChannelName, saysPresenting } from "./presence";

describe("presentChannelName", () => {
  it("is one channel per lesson", () => {
    expect(presentChannelName("how-lessons-work")).toBe("pagebreak:present:how-lessons-work");
    expect(presentChannelName("a")).not.toBe(presentChannelName("b"));
  });
});

describe("presence messages", () => {
  it("an announcement, an answer or a slide move says the lesson is presented; a question does not", () => {
    expect(saysPresenting(presenceMessage("intro", "presenting"), "intro")).toBe(true);
    expect(saysPresenting(structuredClone(slideMessage("intro", 3)), "intro")).toBe(true);
    expect(saysPresenting(presenceMessage("intro", "hello"), "intro")).toBe(false);
    expect(asksWhoPresents(presenceMessage("intro", "hello"), "intro")).toBe(true);
    expect(asksWhoPresents(presenceMessage("intro", "presenting"), "intro")).toBe(false);
  });

  it("counts only its own lesson's messages", () => {
    expect(saysPresenting(presenceMessage("other", "presenting"), "intro")).toBe(false);
    expect(asksWhoPresents(presenceMessage("other", "hello"), "intro")).toBe(false);
  });

  it("ignores anything malformed", () => {
    for (const data of [undefined, null, "presenting", 5, [], {}, { type: "presenting" }, { slug: "intro" }, { type: "Presenting", slug: "intro" }, { type: "hello", slug: ["intro"] }]) {
      expect(saysPresenting(data, "intro"), JSON.stringify(data)).toBe(false);
      expect(asksWhoPresents(data, "intro"), JSON.stringify(data)).toBe(false);
    }
  });
});
