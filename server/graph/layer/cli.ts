import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError } from '../../config.js';
import { createDb } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { compactUnderLock } from './compact.js';
import { drainPending, pendingState, setLayerMode } from './deferred.js';
import { installLayer, LayerInstallError } from './install.js';
import { joinInstalledParts } from './join-parts.js';
import { LayerBusyError } from './lock.js';
import { degreesRolledUntil, loadLayerState, missingHours } from './state.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { shard: { type: 'string', default: '' }, help: { type: 'boolean', default: false } },
});
const command = positionals[0] ?? 'install';

const modeArg = positionals[1];
if (
  values.help ||
  !['install', 'status', 'compact', 'merge', 'mode', 'drain'].includes(command) ||
  (command === 'mode' && modeArg !== 'live' && modeArg !== 'deferred')
) {
  console.log(`npm run layer -- [install|status|compact|merge|drain|mode live|mode deferred] [--shard NAME]
  install   count the history before the live views' cutoff into the graph layer, one UTC day at a
            time, resuming where a stopped run left off (LAYER_BACKFILL_* settings; see the README)
  status    the layer's cutoff, the install's progress and the hours not counted yet
  compact   roll closed days up into the daily tables now (the server does it every LAYER_MAINTENANCE_INTERVAL_S)
  merge     join each partition's parts of the hourly tables now (after an install: reads cost a granule
            per part until the server's background merges have joined them)
  mode deferred
            count new hours in batches (from the first whole hour LAYER_CUTOFF_MARGIN_S ahead): inserts only
            copy the columns the layer reads, and the server counts them every LAYER_DRAIN_INTERVAL_S
  mode live count new hours on every insert again (from the first whole hour LAYER_CUTOFF_MARGIN_S ahead)
  drain     count every waiting row now (deferred mode; the server does it every LAYER_DRAIN_INTERVAL_S)`);
  process.exit(values.help ? 0 : 2);
}

try {
  const config = loadConfig();
  const db = createDb(config.clickhouse);
  try {
    if (command === 'install') {
      await migrate(db, (m) => console.log(m), { cutoffMarginS: config.layer.cutoffMarginS });
      const stop = new AbortController();
      process.once('SIGINT', () => {
        console.log('\nstopping after the chunk running now (Ctrl-C again to kill; a killed chunk is counted again next time)');
        stop.abort();
        process.once('SIGINT', () => process.exit(130));
      });
      const bar = new cliProgress.SingleBar(
        {
          format: 'graph layer |{bar}| {value}/{total} chunks · {rows} rows · ETA {eta_formatted} · {stage}',
          noTTYOutput: true,
          notTTYSchedule: 5000,
          etaBuffer: 20,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(1, 0, { rows: '0', stage: 'planning' });
      const result = await installLayer(db, {
        ...config.layer,
        shard: values.shard,
        signal: stop.signal,
        onProgress: (p) => {
          bar.setTotal(Math.max(1, p.chunksTotal));
          const stage =
            p.state === 'waiting' ? `waiting until ${p.waitingUntil} for the cutoff's last rows` : p.current ? `${p.current.source} ${p.current.day}` : p.state;
          bar.update(p.chunksDone, { rows: `${p.rowsDone.toLocaleString('en')}/${p.rowsTotal.toLocaleString('en')}`, stage });
        },
      });
      bar.stop();
      console.log(
        `graph layer installed: ${result.chunks} chunks, ${result.rows.toLocaleString('en')} rows before ${result.cutoff}, in ${result.seconds.toFixed(1)} s` +
          (result.recounted.length ? `; counted again after late rows: ${result.recounted.join(', ')}` : '') +
          '\nreads cost a granule per part until merges join them: `npm run layer -- merge` joins them now',
      );
    } else if (command === 'mode') {
      const change = await setLayerMode(db, modeArg as 'live' | 'deferred', { marginS: config.layer.cutoffMarginS });
      console.log(
        change.changed
          ? `graph layer: hours from ${change.from.toISOString()} on are counted ${change.mode === 'deferred' ? 'in batches by the drain' : 'on every insert'}`
          : `graph layer: already ${change.mode} (from ${change.from.toISOString()})`,
      );
    } else if (command === 'drain') {
      const r = await drainPending(db, { batchRows: config.layer.drainBatchRows, maxMemoryBytes: config.layer.maxMemoryBytes });
      console.log(`replayed ${r.rows.toLocaleString('en')} rows in ${r.batches} batches, ${r.seconds.toFixed(1)} s`);
    } else if (command === 'merge') {
      const bar = new cliProgress.SingleBar(
        { format: 'joining parts |{bar}| {value}/{total} partitions · {stage}', noTTYOutput: true, notTTYSchedule: 5000 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(1, 0, { stage: 'listing' });
      const r = await joinInstalledParts(db, {
        settings: { max_memory_usage: String(config.layer.maxMemoryBytes) },
        onProgress: (p) => {
          bar.setTotal(Math.max(1, p.total));
          bar.update(p.done, { stage: p.current });
        },
      });
      bar.stop();
      console.log(r.partitions ? `joined ${r.parts} parts into ${r.partitions}` : 'every partition is one part');
    } else if (command === 'compact') {
      const days = await compactUnderLock(db, `${hostname()}:${process.pid}`, {
        now: new Date(),
        lateGraceS: config.layer.lateGraceS,
        shard: values.shard,
      });
      console.log(days.length ? `rolled up: ${days.join(', ')}` : 'every closed day is rolled up');
    } else {
      const s = await loadLayerState(db, values.shard);
      const week = missingHours(s, new Date(Date.now() - 7 * 86_400_000), new Date());
      console.log(
        JSON.stringify(
          {
            cutoff: s.cutoff?.toISOString() ?? null,
            install: s.install,
            rolled_up_days: s.rolledDays.size,
            degrees_rolled_until: degreesRolledUntil(s)?.toISOString() ?? null,
            hours_not_counted_last_7_days: week,
            mode: await pendingState(db),
          },
          null,
          2,
        ),
      );
    }
  } finally {
    await db.close();
  }
} catch (err) {
  if (err instanceof ConfigError || err instanceof LayerBusyError || err instanceof LayerInstallError) {
    console.error(`\n${err.message}`);
    process.exit(2);
  }
  throw err;
}
