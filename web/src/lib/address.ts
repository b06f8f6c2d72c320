/** Whether the text is an IPv4 or IPv6 address, as the API's IPAddress scalar accepts it. */
export function isIpAddress(text: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) return v4.slice(1).every((o) => Number(o) <= 255 && String(Number(o)) === o);
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
  try {
    // the URL parser knows IPv6 literals, compressed and IPv4-embedded forms included
    return new URL(`http://[${text}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** Whether the text is a JA4 fingerprint a_b_c (the API's own check). */
export const isJa4 = (text: string) => /^[a-z0-9]{10}_[0-9a-f]{12}_[0-9a-f]{12}$/.test(text.toLowerCase());

/** Whether the text is a subnet the API knows: an IPv4 /24 or an IPv6 /64. */
export function isSubnet(text: string): boolean {
  const [address, bits, ...rest] = text.split('/');
  if (rest.length || !address || !isIpAddress(address)) return false;
  return address.includes(':') ? bits === '64' : bits === '24';
}

const KEY_RULES: Record<string, { test: (v: string) => boolean; kind: string; example: string }> = {
  IP: { test: isIpAddress, kind: 'an IP address', example: '203.0.113.7 or 2001:db8::1' },
  JA4: { test: isJa4, kind: 'a JA4 fingerprint', example: 't13d1516h2_8daaf6152771_02713d6af862' },
  ASN: { test: (v) => /^(AS)?\d{1,10}$/i.test(v) && Number(v.replace(/^AS/i, '')) <= 4_294_967_295, kind: 'an AS number', example: '16276 or AS16276' },
  COUNTRY: { test: (v) => /^[A-Za-z]{2}$/.test(v), kind: 'a two-letter country code', example: 'FR' },
  SUBNET: { test: isSubnet, kind: 'a /24 or /64 subnet', example: '203.0.113.0/24' },
};

/** What a key of this type must look like, when it does not: checked before any request, as the API checks it. */
export function keyProblem(type: string, value: string): { kind: string; example: string } | null {
  const rule = KEY_RULES[type];
  return rule && !rule.test(value) ? { kind: rule.kind, example: rule.example } : null;
}
