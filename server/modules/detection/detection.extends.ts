import { builder } from '../../schema/builder.js';
import { toPage } from '../../schema/paging.js';
import { pageArgs } from '../../schema/window.js';
import type { EntityKind } from '../../graph/entity.kinds.js';
import type { EntityRef } from '../../graph/entity.refs.js';
import { fieldWindow } from '../../graph/entity.schema.js';
import { onlyTotalCount, PREFETCH } from '../../schema/prefetch.js';
import { activityLoader } from '../../graph/entity.loaders.js';
import { detectionsByEntity } from './detection.refs.js';
import { DetectionConnection, toDetectionConnection } from './detection.schema.js';
import type { DetectionTable } from './detection.repository.js';
import { ASNRef, CampaignRef, CountryRef, HostRef, IPRef, JA4Ref, SubnetRef, UserAgentRef } from '../../graph/entity.types.js';

function addDetections(ref: EntityRef, field: string, table: DetectionTable, description: string) {
  builder.objectField(ref, field, (t) =>
    t.field({
      type: DetectionConnection,
      description,
      args: pageArgs,
      extensions: PREFETCH,
      resolve: async (p, args, ctx, info) => {
        const w = fieldWindow(ctx, p, args.window);
        const page = toPage(args);
        if (table === 'ml_detected_anomalies' && onlyTotalCount(info)) {
          // only the count is asked: the graph layer counts detections per key
          const count = (await activityLoader(ctx, p.kind as EntityKind, w, 'ml').load(p.key))?.rows ?? 0;
          return toDetectionConnection([], page, w, count);
        }
        const rows = await detectionsByEntity(ctx, p.kind as EntityKind, w, page.offset + page.first, table).load(p.key);
        return toDetectionConnection(rows.slice(page.offset), page, w);
      },
    }),
  );
}

const entities: [EntityRef, string][] = [
  [IPRef, 'this IP'],
  [JA4Ref, 'this fingerprint'],
  [ASNRef, 'IPs of this AS'],
  [HostRef, 'clients of this host'],
  [CountryRef, 'IPs in this country'],
  [UserAgentRef, 'windows with this User-Agent'],
  [SubnetRef, 'IPs of this network'],
  [CampaignRef, 'the campaign'],
];
for (const [ref, who] of entities) addDetections(ref, 'detections', 'ml_detected_anomalies', `Detections of ${who} in the window, newest first.`);
addDetections(IPRef, 'scores', 'ml_all_scores', 'Every scored window of this IP (legitimate ones too), newest first.');
