const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's English name (its code when unknown). */
export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Every two-letter region code with a country name of its own (not the pseudo and unknown regions). */
const COUNTRIES: { code: string; name: string; folded: string }[] = [];
for (let a = 65; a <= 90; a++)
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    const name = countryName(code);
    if (name !== code && !/pseudo|unknown/i.test(name)) COUNTRIES.push({ code, name, folded: fold(name) });
  }

/** Countries whose English name is, starts with or contains the text (accents and case aside), in that order. */
export function countriesNamed(text: string, limit = 5): { code: string; name: string; exact: boolean }[] {
  const t = fold(text.trim());
  if (t.length < 3) return [];
  const rank = (c: (typeof COUNTRIES)[number]) => (c.folded === t ? 0 : c.folded.startsWith(t) ? 1 : c.folded.includes(t) ? 2 : 3);
  return COUNTRIES.filter((c) => rank(c) < 3)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => ({ code: c.code, name: c.name, exact: rank(c) === 0 }));
}
