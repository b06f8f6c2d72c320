-- Smaller compression blocks for the graph layer. A pivot reads a few 256-row granules per key,
-- but a granule is decompressed with its whole compression block: with the default 64 KiB–1 MiB
-- blocks an IP's links decompressed 7.8 MB to return 114 rows. With 4–64 KiB blocks they
-- decompress 0.7 MB, and the engine spends a third less CPU per lookup (scale 1, measured with
-- system.events: 18.5 → 13.2 ms user time per links query), for tables 27 % larger on disk.
-- New parts and merges take the setting; parts written before keep theirs until merged.
ALTER TABLE {{db}}.graph_links_1h{{local}} {{on_cluster}} MODIFY SETTING min_compress_block_size = 4096, max_compress_block_size = 65536;
ALTER TABLE {{db}}.graph_links_1d{{local}} {{on_cluster}} MODIFY SETTING min_compress_block_size = 4096, max_compress_block_size = 65536;
ALTER TABLE {{db}}.graph_nodes_1h{{local}} {{on_cluster}} MODIFY SETTING min_compress_block_size = 4096, max_compress_block_size = 65536;
ALTER TABLE {{db}}.graph_degrees_1h{{local}} {{on_cluster}} MODIFY SETTING min_compress_block_size = 4096, max_compress_block_size = 65536;
ALTER TABLE {{db}}.graph_degrees_1d{{local}} {{on_cluster}} MODIFY SETTING min_compress_block_size = 4096, max_compress_block_size = 65536;
ALTER TABLE {{db}}.graph_keys_1d{{local}} {{on_cluster}} MODIFY SETTING min_compress_block_size = 4096, max_compress_block_size = 65536;
