/** A UTF-16 surrogate without its pair: text with one has no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const isWellFormed = (s: string) => !new RegExp(LONE_SURROGATE.source).test(s);
export const toWellFormed = (s: string) => s.replace(LONE_SURROGATE, '\uFFFD');

/**
 * Where in a decoded input (GraphQL variables, a REST body) a string is not well-formed Unicode:
 * its path (`input.name`), or undefined when every string is.
 */
export function illFormedAt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isWellFormed(value) ? undefined : path || '(value)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = illFormedAt(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = illFormedAt(v, path ? `${path}.${k}` : k);
      if (p) return p;
    }
  }
  return undefined;
}
