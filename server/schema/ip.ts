import { BlockList, isIP } from 'node:net';
import { badInput } from './errors.js';

const MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** Validates an IP literal and returns its canonical text (IPv4 unmapped). Throws BAD_USER_INPUT. */
export function parseIp(value: unknown): string {
  if (typeof value !== 'string') throw badInput('an IP address must be a string');
  const trimmed = value.trim();
  const unmapped = MAPPED.exec(trimmed)?.[1] ?? trimmed;
  const version = isIP(unmapped);
  if (version === 0) throw badInput(`"${truncate(value)}" is not a valid IPv4 or IPv6 address`);
  return version === 4 ? unmapped : unmapped.toLowerCase();
}

export function formatIp(value: string): string {
  return MAPPED.exec(value)?.[1] ?? value;
}

const truncate = (s: string) => (s.length > 64 ? `${s.slice(0, 64)}…` : s);

/** Private, loopback, link-local, shared, multicast and documentation ranges: no address on the internet. */
const RESERVED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const)
  RESERVED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const)
  RESERVED.addSubnet(net, bits, 'ipv6');

/** Whether an address (IPv4, IPv6 or IPv4-mapped) is on the internet. */
export const isPublic = (ip: string) => {
  const plain = ip.replace(MAPPED, '$1');
  return !RESERVED.check(plain, plain.includes(':') ? 'ipv6' : 'ipv4');
};
