import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { answer } from '../../test/msw/graphql';
import { renderWithApi } from '../../test/render';
import { FeaturesPage } from './FeaturesPage';

// the API's feature catalogue, with the eight the schema marks as the radar's
const RADAR = [
  'hit_velocity',
  'fuzzing_index',
  'post_ratio',
  'asset_ratio',
  'direct_access_ratio',
  'temporal_entropy',
  'path_diversity_ratio',
  'modern_browser_score',
];
const OTHERS = ['header_count', 'src_port_density', 'distinct_ja4_count', 'is_ua_rotating'];

const profile = (marked: boolean) => ({
  __typename: 'FeatureProfile',
  sessions: 40,
  features: [...RADAR, ...OTHERS].map((feature, i) => ({
    __typename: 'FeatureMean',
    feature,
    value: i + 1,
    ...(marked ? { onRadar: RADAR.includes(feature) } : {}),
  })),
});

describe('FeaturesPage', () => {
  it('draws the radar on the axes the API marks as the radar’s, not the counts and flags', async () => {
    answer('FeatureRadar', { humans: profile(true), hosting: profile(false) });
    answer('FeaturesPage', { featureSessions: [], scoreDistribution: [], scoreTrends: [], featureVariance: [] });
    renderWithApi(<FeaturesPage />, { route: '/analysis/features' });

    const radar = await screen.findByRole('img', { name: /Mean features of residential networks/ });
    await waitFor(() => expect(radar.querySelectorAll('text').length).toBeGreaterThan(0));
    const labels = [...radar.querySelectorAll('text')].map((t) => t.textContent);
    for (const f of RADAR) expect(labels).toContain(f.replace(/_/g, ' '));
    for (const f of OTHERS) expect(labels).not.toContain(f.replace(/_/g, ' '));
  });
});
