/**
 * The territory the user last worked on, so "Cooperation" in the menu opens it again. The URL
 * stays the truth: this is only the default when the URL names none.
 */
const KEY = 'taawun.territory';

export function rememberTerritory(country: string) {
  try {
    localStorage.setItem(KEY, country);
  } catch {
    /* storage disabled: nothing to remember */
  }
}

export function lastTerritory(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
