/** The localStorage key of the learner's chosen theme ("light" or "dark"); absent means "follow the system". */
export const THEME_KEY = "pagebreak:theme";

export type Theme = "light" | "dark";

/**
 * Runs in <head> before the first paint so a dark-mode reader never sees a white flash. Kept tiny
 * and dependency-free because it is inlined into every page.
 */
export const THEME_BOOT_SCRIPT = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.dataset.theme=t}catch(e){}})()`;
