import type { ImplementableObjectRef } from '@pothos/core';
import { builder, type Types } from '../schema/builder.js';
import { wholeHours, type Window } from '../schema/window.js';
import { ENTITY_KINDS, KINDS, type EntityKind } from './entity.kinds.js';

/** What every entity resolves from: its kind, its natural key and the window its fields default to (whole hours). */
export interface EntityParent {
  kind: EntityKind;
  key: string;
  window: Window;
}

export type EntityRef = ImplementableObjectRef<Types, EntityParent>;

export const entityParent = (kind: EntityKind, key: string, window: Window): EntityParent => ({ kind, key, window: wholeHours(window) });

export const EntityInterface = builder.interfaceRef<EntityParent>('Entity');

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kinds of entity an analyst pivots between.',
  values: Object.fromEntries(ENTITY_KINDS.map((k) => [k, { description: KINDS[k].description }])) as Record<EntityKind, { description: string }>,
});

export const THREAT_LEVELS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'KNOWN_BOT', 'LEGITIMATE_BROWSER'] as const;
export type ThreatLevel = (typeof THREAT_LEVELS)[number];

export const ThreatLevelEnum = builder.enumType('ThreatLevel', {
  description: 'The bot-detector’s verdict on a scoring window, most severe first.',
  values: {
    CRITICAL: { description: 'Anomaly score ≥ 0.8.' },
    HIGH: { description: 'Anomaly score ≥ 0.65.' },
    MEDIUM: { description: 'Anomaly score ≥ 0.45.' },
    LOW: { description: 'Anomaly score ≥ 0.28.' },
    KNOWN_BOT: { description: 'A verified crawler (Googlebot, Bingbot, …).' },
    LEGITIMATE_BROWSER: { description: 'Scored as a real browser (not a detection).' },
  } as const,
});
