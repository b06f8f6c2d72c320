/**
 * The behavioural features the bot-detector computes per IP and window (view_ai_features_1h and the
 * ML tables): one catalogue for the features panel, the ML export and the clustering.
 */
export const AI_FEATURES = [
  'hit_velocity',
  'fuzzing_index',
  'post_ratio',
  'asset_ratio',
  'direct_access_ratio',
  'temporal_entropy',
  'path_diversity_ratio',
  'modern_browser_score',
  'header_count',
  'src_port_density',
  'distinct_ja4_count',
  'is_ua_rotating',
] as const;
export type AiFeature = (typeof AI_FEATURES)[number];

/** The features the behaviour radar draws (the legacy dashboard's eight axes): rates and ratios, not counts or flags. */
export const RADAR_FEATURES: readonly AiFeature[] = AI_FEATURES.slice(0, 8);
