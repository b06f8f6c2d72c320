import { isIP } from 'node:net';
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
