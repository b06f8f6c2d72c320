/**
 * STIX 2.1 patterning (OASIS, section 9), parsed whole: a pattern that does not parse is refused,
 * not half-read. What a hunt takes from it are the comparisons `path = 'v'`, `path IN ('a', 'b')`
 * and `path ISSUBSET 'cidr'`, with whether they sit under a NOT or compare with `!=`.
 */

export interface Comparison {
  object: string;
  /** The property path after the object type, its quoted steps unquoted: `extensions.http-request-ext.request_header.User-Agent`. */
  path: string;
  operator: string;
  values: string[];
  negated: boolean;
}

type Token = { t: 'lb' | 'rb' | 'lp' | 'rp' | 'comma' | 'word' | 'str' | 'num' | 'op' | 'path'; v: string };

const WORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'IN',
  'LIKE',
  'MATCHES',
  'ISSUBSET',
  'ISSUPERSET',
  'EXISTS',
  'WITHIN',
  'SECONDS',
  'REPEATS',
  'TIMES',
  'START',
  'STOP',
  'true',
  'false',
]);

function tokens(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`invalid STIX pattern at character ${i + 1}: ${why}`);
  };
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const single: Record<string, Token['t']> = { '[': 'lb', ']': 'rb', '(': 'lp', ')': 'rp', ',': 'comma' };
    if (single[c]) {
      out.push({ t: single[c], v: c });
      i++;
      continue;
    }
    if (c === "'") {
      let v = '';
      for (i++; ; i++) {
        if (i >= src.length) fail('unterminated string');
        const d = src[i]!;
        if (d === '\\') {
          const e = src[++i];
          if (e !== "'" && e !== '\\') fail("only \\' and \\\\ may be escaped");
          v += e;
        } else if (d === "'") break;
        else v += d;
      }
      i++;
      out.push({ t: 'str', v });
      continue;
    }
    const op = /^(<=|>=|!=|=|<|>)/.exec(src.slice(i));
    if (op) {
      out.push({ t: 'op', v: op[1]! });
      i += op[1]!.length;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    // t'…' timestamps, b'…' binaries and h'…' hex literals
    const typed = /^([tbh])'([^']*)'/.exec(src.slice(i));
    if (typed) {
      out.push({ t: 'str', v: typed[2]! });
      i += typed[0].length;
      continue;
    }
    const path = /^[a-z0-9][a-z0-9-]*:(?:[a-z_][a-z0-9_]*|'(?:[^'\\]|\\.)*')(?:\.(?:[a-z_][a-z0-9_-]*|'(?:[^'\\]|\\.)*')|\[(?:\d+|\*)\])*/i.exec(src.slice(i));
    if (path) {
      out.push({ t: 'path', v: path[0] });
      i += path[0].length;
      continue;
    }
    const word = /^[A-Za-z]+/.exec(src.slice(i));
    if (word && WORDS.has(word[0])) {
      out.push({ t: 'word', v: word[0] });
      i += word[0].length;
      continue;
    }
    fail(`unexpected "${src.slice(i, i + 12)}"`);
  }
  return out;
}

/** The comparisons of a pattern; throws on a pattern that is not STIX patterning. */
export function parseStixPattern(src: string): Comparison[] {
  const ts = tokens(src);
  let p = 0;
  const found: Comparison[] = [];
  const peek = () => ts[p];
  const next = () => ts[p++];
  const fail = (why: string): never => {
    throw new Error(`invalid STIX pattern: ${why}`);
  };
  const expect = (t: Token['t'], v?: string) => {
    const k = next();
    if (!k || k.t !== t || (v !== undefined && k.v !== v)) fail(`expected ${v ?? t} but found ${k ? `"${k.v}"` : 'the end'}`);
    return k!;
  };
  const isWord = (v: string) => peek()?.t === 'word' && peek()!.v === v;

  const literal = (): string => {
    const k = next();
    if (!k || (!['str', 'num'].includes(k.t) && !(k.t === 'word' && (k.v === 'true' || k.v === 'false')))) fail('expected a literal');
    return k!.v;
  };

  const comparison = (negatedAbove: boolean) => {
    if (peek()?.t === 'lp') {
      next();
      comparisonOr(negatedAbove);
      expect('rp');
      return;
    }
    if (isWord('EXISTS')) {
      next();
      expect('path');
      return;
    }
    const path = expect('path').v;
    let negated = negatedAbove;
    if (isWord('NOT')) {
      next();
      negated = !negated;
    }
    const k = next();
    let operator: string;
    let values: string[];
    if (k?.t === 'op') {
      operator = k.v;
      values = [literal()];
      if (operator === '!=') negated = !negated;
    } else if (k?.t === 'word' && ['LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET'].includes(k.v)) {
      operator = k.v;
      values = [literal()];
    } else if (k?.t === 'word' && k.v === 'IN') {
      operator = 'IN';
      expect('lp');
      values = [literal()];
      while (peek()?.t === 'comma') {
        next();
        values.push(literal());
      }
      expect('rp');
    } else return fail(`expected a comparison operator after ${path}`);
    const colon = path.indexOf(':');
    const steps = path.slice(colon + 1).match(/'(?:[^'\\]|\\.)*'|[^.[\]]+|\[(?:\d+|\*)\]/g) ?? [];
    found.push({
      object: path.slice(0, colon),
      path: steps.map((s) => (s.startsWith("'") ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s)).join('.'),
      operator,
      values,
      negated,
    });
  };
  const comparisonAnd = (neg: boolean) => {
    comparison(neg);
    while (isWord('AND')) {
      next();
      comparison(neg);
    }
  };
  const comparisonOr = (neg: boolean) => {
    comparisonAnd(neg);
    while (isWord('OR')) {
      next();
      comparisonAnd(neg);
    }
  };
  const qualifiers = () => {
    for (;;) {
      if (isWord('WITHIN')) {
        next();
        expect('num');
        expect('word', 'SECONDS');
      } else if (isWord('REPEATS')) {
        next();
        expect('num');
        expect('word', 'TIMES');
      } else if (isWord('START')) {
        next();
        literal();
        expect('word', 'STOP');
        literal();
      } else return;
    }
  };
  const observation = () => {
    if (peek()?.t === 'lp') {
      next();
      observationOr();
      expect('rp');
    } else {
      expect('lb');
      comparisonOr(false);
      expect('rb');
    }
    qualifiers();
  };
  const observationOr = () => {
    observation();
    while (peek()?.t === 'word' && ['AND', 'OR', 'FOLLOWEDBY'].includes(peek()!.v)) {
      next();
      observation();
    }
  };
  observationOr();
  if (p !== ts.length) fail(`unexpected "${ts[p]!.v}" after the pattern`);
  return found;
}
