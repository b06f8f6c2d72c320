-- Raw HTTP requests joined with their TLS handshake (the correlator's output).
-- ORDER BY (src_ip, time): every IP pivot (IP → requests, paths, JA4s, user agents) reads one key range.
-- Projections serve the other pivots: p_by_ja4 (JA4 → IPs/hosts/UAs), p_by_host (host → attackers, paths).
-- Daily partitions prune every time-windowed query.
CREATE TABLE IF NOT EXISTS {{logs_db}}.http_logs{{local}} {{on_cluster}}
(
    time                   DateTime64(3) CODEC(Delta, ZSTD),
    src_ip                 IPv6,
    src_port               UInt16,
    method                 LowCardinality(String),
    host                   LowCardinality(String),
    path                   String,
    query                  String,
    http_version           LowCardinality(String),
    status                 UInt16,
    response_bytes         UInt32,
    header_user_agent      String,
    header_accept          LowCardinality(String),
    header_accept_language LowCardinality(String),
    header_accept_encoding LowCardinality(String),
    header_referer         String,
    client_headers         LowCardinality(String),
    header_count           UInt8,
    ja4                    LowCardinality(String),
    ja3_hash               LowCardinality(String),
    tls_version            LowCardinality(String),
    ja4t                   LowCardinality(String),
    ip_ttl                 UInt8,
    tcp_window             UInt16,
    tcp_mss                UInt16,
    src_country_code       LowCardinality(String),
    src_asn                UInt32,
    src_asn_org            LowCardinality(String),
    src_asn_label          LowCardinality(String),
    INDEX idx_asn src_asn TYPE set(1024) GRANULARITY 4,
    INDEX idx_country src_country_code TYPE set(256) GRANULARITY 4,
    PROJECTION p_by_ja4 (SELECT * ORDER BY ja4, time),
    PROJECTION p_by_host (SELECT * ORDER BY host, time)
)
ENGINE = {{engine:MergeTree}}
PARTITION BY toYYYYMMDD(time)
ORDER BY (src_ip, time)
SETTINGS index_granularity = 8192, deduplicate_merge_projection_mode = 'rebuild';

-- distribute {{logs_db}}.http_logs BY cityHash64(src_ip)
