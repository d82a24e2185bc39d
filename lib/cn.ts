import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. Not twMerge(clsx()): tailwind-merge costs 8.8 KB gzip in every page that
 * uses a client component (measured by `npm run bench`, over half the lesson page's budget), so a
 * caller's `className` adds to a component's classes and must not contradict them.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
