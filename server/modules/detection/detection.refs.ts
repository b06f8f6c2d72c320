import { builder } from '../../schema/builder.js';
import { registerEntityRef, type EntityParent } from '../entity/entity.refs.js';
import type { DetectionRow } from './detection.repository.js';

/** A detection reached by id carries no row; one reached through a list carries it already. */
export type DetectionParent = EntityParent & { row?: DetectionRow };

export const DetectionRef = registerEntityRef('DETECTION', builder.objectRef<EntityParent>('Detection'));
