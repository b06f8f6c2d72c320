/** A User-Agent's parts: product tokens (`Chrome/131.0.0.0`) and comments (`(Windows NT 10.0; Win64; x64)`). */
const parts = (ua: string) => ua.match(/\([^)]*\)|[^\s()]+/g) ?? [ua];

const MAX = 40;
const cut = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

/** The product a User-Agent names first of all: its browser and version where it is one, else its first token. */
export function userAgentHeadline(ua: string): string {
  const p = parts(ua);
  const find = (re: RegExp) => p.find((t) => re.test(t));
  const safari = find(/^Version\//) && find(/^Safari\//) ? `Safari ${find(/^Version\//)!.slice(8)}` : undefined;
  return cut(find(/^(Edg|OPR|Firefox|HeadlessChrome)\//) ?? (find(/^Chrome\//) || safari) ?? p.find((t) => !t.startsWith('(')) ?? ua);
}

/**
 * Labels for User-Agents drawn together: the parts of each that the others do not share (four Chrome
 * User-Agents that differ in their version read `Chrome/128.0.0.0`, `Chrome/129.0.0.0`, …), each label
 * different from the others; alone, a User-Agent reads as the product it names.
 */
export function userAgentLabels(uas: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const distinct = [...new Set(uas)];
  if (distinct.length <= 1) {
    for (const ua of distinct) out.set(ua, userAgentHeadline(ua));
    return out;
  }
  const tokenized = distinct.map((ua) => ({ ua, tokens: parts(ua) }));
  const everywhere = new Set(tokenized[0]!.tokens.filter((t) => tokenized.every((x) => x.tokens.includes(t))));
  for (const { ua, tokens } of tokenized) {
    const own = tokens.filter((t) => !everywhere.has(t)).join(' ');
    out.set(ua, cut(own || ua));
  }
  // labels that still collide (long differing parts cut alike): the User-Agent itself, from where they differ
  const byLabel = new Map<string, string[]>();
  for (const [ua, label] of out) byLabel.set(label, [...(byLabel.get(label) ?? []), ua]);
  for (const same of byLabel.values()) {
    if (same.length < 2) continue;
    for (const ua of same) {
      const others = same.filter((x) => x !== ua);
      let at = 0;
      while (others.every((o) => o[at] === ua[at]) && at < ua.length) at++;
      out.set(ua, cut(`…${ua.slice(Math.max(0, at - 8))}`));
    }
  }
  return out;
}
