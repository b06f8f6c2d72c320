import { describe, expect, it } from 'vitest';
import { userAgentHeadline, userAgentLabels } from './user-agent';

const chrome = (v: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`;

describe('User-Agent labels on the canvas', () => {
  it('shows what differs between User-Agents drawn together, each label its own', () => {
    const uas = [128, 129, 130, 131].map(chrome);
    const labels = userAgentLabels(uas);
    expect(uas.map((u) => labels.get(u))).toEqual(['Chrome/128.0.0.0', 'Chrome/129.0.0.0', 'Chrome/130.0.0.0', 'Chrome/131.0.0.0']);
    const mixed = [
      chrome(131),
      'python-requests/2.31.0',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
    ];
    const m = userAgentLabels(mixed);
    expect(new Set(m.values()).size).toBe(3);
    for (const l of m.values()) expect(l.length).toBeLessThanOrEqual(40);
    expect(m.get('python-requests/2.31.0')).toBe('python-requests/2.31.0');
  });

  it('names the product of a User-Agent alone', () => {
    expect(userAgentHeadline(chrome(131))).toBe('Chrome/131.0.0.0');
    expect(
      userAgentHeadline('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0'),
    ).toBe('Edg/131.0.0.0');
    expect(
      userAgentHeadline(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari 17.5');
    expect(userAgentLabels([chrome(1)]).get(chrome(1))).toBe('Chrome/1.0.0.0');
  });

  it('keeps labels apart when the differing parts are cut alike', () => {
    const long = (tail: string) => `bot (${'x'.repeat(60)}${tail})`;
    const labels = userAgentLabels([long('a'), long('b')]);
    expect(labels.get(long('a'))).not.toBe(labels.get(long('b')));
  });
});
