import { afterAll } from 'vitest';
import { removeDemoData } from './demo-db.js';

// registered before the test file's own hooks, so it runs after them (vitest runs "after" hooks as a stack)
afterAll(() => removeDemoData());
