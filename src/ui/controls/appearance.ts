/**
 * The page's look, chosen in the toolbar: a light or dark theme (starting
 * from the system's preference) and a text size for projection. Pure values
 * here; the toolbar writes them onto <html>.
 */

export type Theme = 'light' | 'dark';

/** Text size steps, as a factor of the base size. */
export const TEXT_SIZES: readonly { label: string; scale: number }[] = [
  { label: 'Normal', scale: 1 },
  { label: 'Large', scale: 1.25 },
  { label: 'Larger', scale: 1.5 },
  { label: 'Projector', scale: 1.75 },
];

/** The theme to start with: the one chosen before, else the system's. */
export function initialTheme(saved: string | null, prefersDark: boolean): Theme {
  if (saved === 'light' || saved === 'dark') return saved;
  return prefersDark ? 'dark' : 'light';
}

export function otherTheme(theme: Theme): Theme {
  return theme === 'dark' ? 'light' : 'dark';
}

/** A saved text scale if it is one of the steps, else normal. */
export function initialScale(saved: string | null): number {
  const scale = Number(saved);
  return TEXT_SIZES.some((s) => s.scale === scale) ? scale : 1;
}
