/** Every table and view the application reads or writes; which database holds it. */
export const TABLES = {
  http_logs: 'logs',
  ml_all_scores: 'processing',
  ml_detected_anomalies: 'processing',
  agg_host_ip_ja4_1h: 'processing',
  agg_ip_features_1h: 'processing',
  agg_header_fingerprint_1h: 'processing',
  graph_links_1h: 'processing',
  graph_nodes_1h: 'processing',
  graph_degrees_1h: 'processing',
  graph_links_1d: 'processing',
  graph_degrees_1d: 'processing',
  graph_keys_1d: 'processing',
  graph_nodes_1d: 'processing',
  graph_asn_names: 'processing',
  graph_tuples: 'processing',
  graph_rows_pending: 'processing',
  graph_tuples_batch: 'processing',
  graph_layer_progress: 'processing',
  view_ai_features_1h: 'processing',
  view_thesis_features_1h: 'processing',
  view_ip_recurrence: 'processing',
  view_host_ip_ja4_rotation: 'processing',
  view_form_bruteforce_detected: 'processing',
  view_resource_cascade_1h: 'processing',
  view_dashboard_user_agents: 'processing',
  view_tcp_spoofing_detected: 'processing',
  view_host_ja4_anomalies: 'processing',
  soc_feedback: 'processing',
  audit_logs: 'processing',
  saved_investigations: 'processing',
  investigation_entity_notes: 'processing',
  investigation_notes: 'processing',
  schema_migrations: 'processing',
  demo_actors: 'processing',
} as const;

export type TableName = keyof typeof TABLES;

/** The raw tables whose row counts /health reports. */
export const MAIN_TABLES: TableName[] = ['http_logs', 'ml_all_scores', 'ml_detected_anomalies', 'soc_feedback', 'audit_logs'];
