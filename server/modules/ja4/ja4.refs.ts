import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * FoxIO's public JA4+ mapping (ja4plus-mapping.csv of the FoxIO-LLC/ja4 repository).
 * JA4 (TLS client) values are BSD-3-Clause © FoxIO; the other JA4+ columns are under the
 * FoxIO License 1.1.
 */
export interface KnownApplication {
  application: string;
  library: string;
  device: string;
  os: string;
  notes: string;
}

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ja4plus-mapping.csv');

function load(): Map<string, KnownApplication[]> {
  const [header, ...lines] = readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
  const cols = header!.split(',');
  const at = (name: string) => cols.indexOf(name);
  const byJa4 = new Map<string, KnownApplication[]>();
  for (const line of lines) {
    const f = line.split(',');
    const ja4 = f[at('ja4')]?.trim();
    if (!ja4) continue;
    const app = {
      application: f[at('Application')]?.trim() ?? '',
      library: f[at('Library')]?.trim() ?? '',
      device: f[at('Device')]?.trim() ?? '',
      os: f[at('OS')]?.trim() ?? '',
      notes: f[at('Notes')]?.trim() ?? '',
    };
    byJa4.set(ja4, [...(byJa4.get(ja4) ?? []), app]);
  }
  return byJa4;
}

export const KNOWN_APPLICATIONS = load();
