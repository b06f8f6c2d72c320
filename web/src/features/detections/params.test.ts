import { describe, expect, it } from 'vitest';
import { readListState } from './params';

describe('detections list state', () => {
  it('reads the legacy parameter names into a typed filter, page and sort', () => {
    const s = readListState(
      new URLSearchParams(
        'threat_level=critical,HIGH&model_name=Complet&country_code=fr&asn_number=16276&search=%20ovh%20&page=3&page_size=50&sort_by=anomaly_score&sort_order=asc',
      ),
    );
    expect(s.filter).toEqual({ threatLevels: ['CRITICAL', 'HIGH'], models: ['COMPLET'], countryCodes: ['FR'], asns: [16276], search: 'ovh' });
    expect(s).toMatchObject({ page: 3, pageSize: 50, sortField: 'ANOMALY_SCORE', direction: 'ASC', grouped: false });
  });

  it('drops what it cannot use instead of sending it', () => {
    const s = readListState(new URLSearchParams('threat_level=NOPE&country_code=France&asn_number=-4&page=-2&page_size=9999&sort_by=drop_table&cols=evil,ja4'));
    expect(s.filter).toEqual({});
    expect(s).toMatchObject({ page: 1, pageSize: 20, sortField: 'DETECTED_AT', direction: 'DESC', cols: ['ja4'] });
  });

  it('sorts the grouped view on its own aggregates', () => {
    expect(readListState(new URLSearchParams('group=ip')).groupSort).toBe('DETECTIONS');
    expect(readListState(new URLSearchParams('group=ip&sort_by=worst_score')).groupSort).toBe('WORST_SCORE');
  });
});
