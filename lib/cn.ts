/** A class name, or nothing (`cond && "x"`, an optional `className` prop). */
export type ClassValue = string | false | null | undefined;

/**
 * Joins class names, skipping empty ones. Not twMerge(clsx()): tailwind-merge costs 8.8 KB gzip in
 * every page that uses a client component (measured by `npm run bench`, over half the lesson
 * page's budget), so a caller's `className` adds to a component's classes and must not contradict
 * them. Not clsx either: every caller passes strings, and its objects and arrays cost 0.16 KB.
 */
export function cn(...inputs: ClassValue[]): string {
  return inputs.filter(Boolean).join(" ");
}
