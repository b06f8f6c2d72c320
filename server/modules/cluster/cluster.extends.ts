import { builder } from '../../schema/builder.js';
import { entityParent } from '../../graph/entity.refs.js';
import { DetectionRef, type DetectionParent } from '../detection/detection.refs.js';
import { detectionRow } from '../detection/detection.refs.js';
import { clusterOfIp } from './cluster.schema.js';
import { ClusterRef, IPRef } from '../../graph/entity.types.js';

builder.objectField(IPRef, 'cluster', (t) =>
  t.field({
    type: ClusterRef,
    nullable: true,
    description: 'The behavioural cluster this IP falls in for the window (null when it was not scored).',
    resolve: async (p, _a, ctx) => {
      const id = await clusterOfIp(ctx, p.key, p.window);
      return id === undefined ? null : entityParent('CLUSTER', String(id), p.window);
    },
  }),
);

builder.objectField(DetectionRef, 'cluster', (t) =>
  t.field({
    type: ClusterRef,
    nullable: true,
    description: 'The behavioural cluster of the detection’s IP.',
    resolve: async (p, _a, ctx) => {
      const r = await detectionRow(ctx, p as DetectionParent);
      const id = await clusterOfIp(ctx, r.ip, p.window);
      return id === undefined ? null : entityParent('CLUSTER', String(id), p.window);
    },
  }),
);
