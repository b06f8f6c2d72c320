import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from './builder.js';
import { parseIp, formatIp } from './ip.js';

import { badInput } from './errors.js';

/** graphql-scalars throws plain TypeErrors; a malformed value is the caller's mistake (BAD_USER_INPUT). */
const asInput =
  <T>(parse: (v: unknown) => T) =>
  (v: unknown): T => {
    try {
      return parse(v);
    } catch (err) {
      throw badInput(err instanceof Error ? err.message : String(err));
    }
  };

builder.addScalarType('DateTime', DateTimeResolver, {
  parseValue: asInput((v) => DateTimeResolver.parseValue(v)),
  parseLiteral: (ast, vars) => asInput(() => DateTimeResolver.parseLiteral(ast, vars))(ast),
});
builder.addScalarType('JSON', JSONResolver, {});

builder.scalarType('IPAddress', {
  description:
    'An IPv4 or IPv6 address. Accepts IPv4 (203.0.113.7), IPv6 (2001:db8::1) and IPv4-mapped IPv6 (::ffff:203.0.113.7); always prints IPv4 without the ::ffff: prefix.',
  serialize: (value) => formatIp(String(value)),
  parseValue: (value) => parseIp(value),
});
