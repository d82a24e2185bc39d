import { SEARCH_KEY } from "@/lib/search/keys";
import { SLIDE_SHORTCUTS, type ReaderCommand } from "@/lib/slides/keys";
import { COMMAND_LABELS, shortcutLabel } from "@/lib/slides/shortcut-labels";

const KEY_CLASS = "ml-1 inline-block min-w-8 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-sm dark:border-slate-600 dark:bg-slate-800";

/** Every key of the reader, grouped by what it does, from the one shortcut table. */
export function ShortcutHelp() {
  const commands = Object.keys(COMMAND_LABELS) as ReaderCommand[];
  return (
    <>
      <table className="w-full text-left">
        <thead className="sr-only">
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((command) => (
            <tr key={command} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              <th scope="row" className="py-2 pr-4 font-normal">
                {COMMAND_LABELS[command]}
              </th>
              <td className="py-2 text-right">
                {SLIDE_SHORTCUTS.filter((shortcut) => shortcut.action === command).map((shortcut, index) => (
                  <span key={index}>
                    {index > 0 && <span className="sr-only">, or </span>}
                    <kbd className={KEY_CLASS}>{shortcutLabel(shortcut)}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
          {/* The header's search box takes this key on every page (components/search/course-search.tsx). */}
          <tr className="border-b border-slate-100 last:border-0 dark:border-slate-800">
            <th scope="row" className="py-2 pr-4 font-normal">
              Search the course
            </th>
            <td className="py-2 text-right">
              <kbd className={KEY_CLASS}>{SEARCH_KEY}</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">On a touch screen, swipe left or right to turn the slide. Keys stand aside while you type in a field.</p>
    </>
  );
}
