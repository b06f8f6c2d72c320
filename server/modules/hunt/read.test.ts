import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mispTemplateErrors, stixValidator } from '../../test/interop.js';
import { readDocument, UnreadableDocument } from './read.js';

// Real-shaped documents, written by hand after the STIX 2.1 and MISP specifications and as
// partners' tools write them (fixtures/); what each holds is read back, and the rest is listed.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const found = (text: string, extra = {}) => {
  const r = readDocument({ text, ...extra });
  return { format: r.format, indicators: r.indicators.map((i) => `${i.kind} ${i.value}`), unreadable: r.unreadable };
};

describe('reading indicators', () => {
  it('pasted prose: defanged forms re-fanged, a URL’s host, a range, an AS, a JA4 and a quoted User-Agent; the rest is prose, not listed as indicators', () => {
    const r = found(fixture('pasted.txt'));
    expect(r.format).toBe('TEXT');
    expect(r.indicators).toEqual([
      'IP 198.51.100.50',
      'HOST checkout.example.com',
      'IP 2001:db8:7::1',
      'CIDR 203.0.113.128/25',
      'JA4 t13d1516h2_8daaf6152771_02713d6af862',
      'ASN 64503',
      'USER_AGENT Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0',
    ]);
    // the greeting and the signature are lines without indicators: listed with their line
    expect(r.unreadable.map((u) => u.at)).toEqual(['line 1', 'line 3', 'line 10']);
  });

  it('a STIX 2.1 bundle (valid against the OASIS schemas): patterns with OR, IN, ISSUBSET and qualifiers, observables, a JA4 traffic extension; hashes, negations and Sigma listed with why', () => {
    const text = fixture('partner-bundle.json');
    const validate = stixValidator();
    expect(
      JSON.parse(text)
        .objects.map((o: { type: string }) => validate(o))
        .filter(Boolean),
    ).toEqual([]);
    const r = found(text);
    expect(r.format).toBe('STIX');
    expect(r.indicators).toEqual([
      'IP 198.51.100.3',
      'IP 198.51.100.4',
      'IP 198.51.100.5',
      'CIDR 2001:db8:5::/48',
      'ASN 64500',
      'HOST login.example.net',
      'HOST cdn.example.org',
      'USER_AGENT python-requests/2.31.0',
      'SUBNET 203.0.113.0/24',
      'IP 203.0.114.9',
      'JA4 t13d1516h2_8daaf6152771_b0da82dd1658',
    ]);
    expect(r.unreadable.map((u) => [u.at, u.reason])).toEqual([
      ['indicator--7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', expect.stringMatching(/file:hashes.SHA-256 is not in the traffic/)],
      ['indicator--7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', expect.stringMatching(/negated/)],
      ['indicator--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', expect.stringMatching(/sigma pattern is not read/)],
    ]);
  });

  it('a MISP event: composite types split, a URL’s host, AS, User-Agent, a ja4-plus object (checked against the template) and its IPs; JA4H and md5 listed', () => {
    const text = fixture('partner-event.json');
    for (const o of JSON.parse(text).Event.Object) expect(mispTemplateErrors(o)).toEqual([]);
    const r = found(text);
    expect(r.format).toBe('MISP');
    expect(r.indicators).toEqual([
      'IP 198.51.100.20',
      'CIDR 198.51.100.0/25',
      'HOST shop.example.com',
      'IP 192.0.2.10',
      'HOST api.example.com',
      'ASN 64501',
      'USER_AGENT Mozilla/5.0 (compatible; scraper/1.2)',
      'JA4 t13d1516h2_8daaf6152771_e5627efa2ab1',
      'IP 198.51.100.21',
    ]);
    expect(r.unreadable.map((u) => u.reason)).toEqual([
      expect.stringMatching(/MISP type md5/),
      expect.stringMatching(/JA4H fingerprint is not in the traffic/),
    ]);
  });

  it('Suricata rules: ja4.hash contents and rule addresses; a rule on other fields and a bad address listed', () => {
    const r = found(fixture('ids.rules'));
    expect(r.format).toBe('SURICATA');
    expect(r.indicators).toEqual(['JA4 t13d1516h2_8daaf6152771_02713d6af862', 'IP 198.51.100.30', 'IP 198.51.100.31']);
    expect(r.unreadable.map((u) => [u.at, u.reason])).toEqual([
      ['line 4', 'a rule with no ja4.hash content and no address'],
      ['line 5', expect.stringMatching(/999.1.1.1" is not a valid/)],
    ]);
  });

  it('a vendor CSV (BOM, quoted commas, a type column): each row by its named kind; a bad address listed with its row', () => {
    const r = found(fixture('vendor-feed.csv'));
    expect(r.format).toBe('CSV');
    expect(r.indicators).toEqual([
      'IP 198.51.100.40',
      'USER_AGENT Mozilla/5.0 (Windows NT 10.0; Win64; x64) bot, v2',
      'ASN 64502',
      'CIDR 10.20.0.0/16',
      'JA4 t13d1516h2_8daaf6152771_02713d6af862',
    ]);
    expect(r.unreadable).toEqual([{ at: 'row 6', text: '198.51.100.300', reason: expect.stringMatching(/not a valid IPv4/) }]);
    // a column chosen by name or number reads that column, whatever the others hold
    const twoColumns = 'ip,seen_from\n198.51.100.1,198.51.100.2\n';
    expect(found(twoColumns).indicators).toEqual(['IP 198.51.100.1']);
    expect(found(twoColumns, { column: 'seen_from' }).indicators).toEqual(['IP 198.51.100.2']);
    expect(found(twoColumns, { column: '2' }).indicators).toEqual(['IP 198.51.100.2']);
  });

  it('refuses a whole document that cannot be read, saying why', () => {
    const refused = (text: string, extra = {}) => {
      try {
        readDocument({ text, ...extra });
      } catch (err) {
        expect(err).toBeInstanceOf(UnreadableDocument);
        return (err as Error).message;
      }
      throw new Error('read');
    };
    expect(
      refused('{"type":"bundle","objects":[{"type":"indicator","id":"indicator--1","pattern":"[ipv4-addr:value = 1.2.3.4]","pattern_type":"stix"}]}'),
    ).toMatch(/indicator--1: invalid STIX pattern/);
    expect(refused('{"Event": {"info": "no attributes"}}')).toMatch(/Attribute or Object list/);
    expect(refused('{not json')).toMatch(/not valid JSON/);
    expect(refused('a,b\n1.2.3.4,@SUM(A1:A9)\n', { format: 'CSV' })).toMatch(/row 2, column 2 holds a spreadsheet formula/);
    expect(refused('1.2.3.4', { format: 'STIX' })).toMatch(/a STIX document is JSON/);
  });

  it('any text at all: read or refused with a reason, never another failure, every indicator canonical and no repeats', () => {
    const pieces = fc.oneof(
      fc.string(),
      fc.ipV4(),
      fc.ipV6(),
      fc.constantFrom('1[.]2[.]3[.]4', 'hxxp://a[.]example[.]com/x', 'AS64500', '"curl/8.0"', '10.0.0.0/8', '::/0', '[ipv4-addr:value', ',', '"', '{', '='),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.constantFrom(undefined, 'TEXT', 'CSV', 'STIX', 'MISP', 'SURICATA'), (parts, format) => {
        const text = parts.join(fc.sample(fc.constantFrom('\n', ' ', ','), 1)[0]);
        try {
          const r = readDocument({ text, format: format as never });
          const ids = r.indicators.map((i) => `${i.kind} ${i.value}`);
          expect(new Set(ids).size).toBe(ids.length);
          for (const i of r.indicators) expect(i.value.length).toBeLessThanOrEqual(2048);
        } catch (err) {
          expect(err).toBeInstanceOf(UnreadableDocument);
        }
      }),
      { numRuns: 300 },
    );
  });
});
