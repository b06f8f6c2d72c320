import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { builder } from './builder.js';
import { parseIp, formatIp } from './ip.js';

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.addScalarType('JSON', JSONResolver, {});

builder.scalarType('IPAddress', {
  description:
    'An IPv4 or IPv6 address. Accepts IPv4 (203.0.113.7), IPv6 (2001:db8::1) and IPv4-mapped IPv6 (::ffff:203.0.113.7); always prints IPv4 without the ::ffff: prefix.',
  serialize: (value) => formatIp(String(value)),
  parseValue: (value) => parseIp(value),
});
