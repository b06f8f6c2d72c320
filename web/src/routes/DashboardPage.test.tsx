import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { answer, fail } from '../test/msw/graphql';
import { renderWithApi } from '../test/render';
import { DashboardPage } from './DashboardPage';

const level = (level: string, count: number) => ({ __typename: 'LevelCount', level, count });

function metrics() {
  return answer('DashboardMetrics', {
    metrics: {
      __typename: 'DetectionMetrics',
      totalDetections: 2352,
      uniqueIps: 370,
      until: '2026-11-21T10:00:00Z',
      byLevel: [level('CRITICAL', 573), level('HIGH', 695), level('MEDIUM', 309), level('LOW', 479), level('KNOWN_BOT', 296)],
      timeline: [{ __typename: 'LevelTimelinePoint', start: '2026-11-21T09:00:00Z', total: 12, levels: [level('CRITICAL', 12)] }],
    },
  });
}

describe('DashboardPage', () => {
  it('shows the KPI cards and threat bars, each linking to the filtered list, for the window in the URL', async () => {
    const calls = metrics();
    answer('DashboardAlerts', { detections: { __typename: 'DetectionConnection', totalCount: 0, edges: [] } });
    answer('DashboardTopIps', { metrics: { __typename: 'DetectionMetrics', topIps: [] } });
    renderWithApi(<DashboardPage />, { route: '/?window=LAST_7D' });

    const kpis = await screen.findByRole('region', { name: 'Key figures' });
    expect(
      within(kpis)
        .getByRole('link', { name: /Detections\s*2,352/ })
        .getAttribute('href'),
    ).toBe('/detections');
    expect(
      within(kpis)
        .getByRole('link', { name: /Threats \(critical \+ high\)\s*1,268/ })
        .getAttribute('href'),
    ).toBe('/detections?threat_level=CRITICAL,HIGH');
    expect(within(kpis).getByText('296')).toBeTruthy();
    const bars = screen.getByRole('region', { name: 'Threat levels' });
    expect(within(bars).getByRole('link', { name: 'CRITICAL' }).getAttribute('href')).toBe('/detections?threat_level=CRITICAL');
    expect(within(bars).getByText(/24\.4 %/)).toBeTruthy();
    expect(calls[0]).toEqual({ window: { preset: 'LAST_7D' } });
  });

  it('keeps every other panel working when one panel’s query fails', async () => {
    metrics();
    fail('DashboardAlerts', 'ClickHouse is unavailable; retry shortly.');
    answer('DashboardTopIps', {
      metrics: {
        __typename: 'DetectionMetrics',
        topIps: [
          {
            __typename: 'TopDetectedIp',
            ip: {
              __typename: 'IP',
              id: 'SVA6MS4yLjMuNA==',
              address: '51.75.241.56',
              asn: { __typename: 'ASN', id: 'QVNOOjE2Mjc2', number: 16276, name: 'OVH SAS' },
            },
            detections: 70,
            worstScore: 0.92,
            threatLevel: 'CRITICAL',
            asnOrg: 'OVH SAS',
            countryCode: 'FR',
          },
        ],
      },
    });
    renderWithApi(<DashboardPage />);

    const alerts = await screen.findByRole('region', { name: /Live alerts/ });
    expect((await within(alerts).findByRole('alert')).textContent).toMatch(/ClickHouse is unavailable/);
    const top = screen.getByRole('region', { name: 'Most detected IPs' });
    expect((await within(top).findByRole('link', { name: '51.75.241.56' })).getAttribute('href')).toBe('/ip/51.75.241.56');
    expect(within(top).getByRole('link', { name: 'AS16276 OVH SAS' }).getAttribute('href')).toBe('/detections/asn/16276');
    expect(screen.getByRole('region', { name: 'Key figures' }).textContent).toContain('2,352');
  });
});
