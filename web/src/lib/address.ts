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
