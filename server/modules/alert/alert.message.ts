import type { Message } from '../webhook/webhook.refs.js';
import type { AlertRow } from './alert.repository.js';

const iso = (s: string) => `${s.replace(' ', 'T')}${s.length > 19 ? '' : '.000'}Z`;

/** The page that opens an alert in the UI (the explorer, its new nodes highlighted, is one click from there). */
export const alertUrl = (publicUrl: string, id: string) => `${publicUrl}/alerts/${encodeURIComponent(id)}`;

/** An alert as webhooks receive it: its facts and evidence as JSON, a line of text for chat tools. */
export function alertMessage(a: AlertRow, publicUrl: string): Message {
  const url = alertUrl(publicUrl, a.id);
  return {
    event: 'alert.raised',
    id: a.id,
    version: a.version,
    json: {
      alert: {
        id: a.id,
        title: a.title,
        rule: a.rule,
        entity: { type: a.entity_type, value: a.entity_value },
        watch: { id: a.watch_id, name: a.watch_name },
        episodeStart: iso(a.episode_start),
        lastHour: iso(a.last_hour),
        raisedAt: iso(a.raised_at),
        state: a.state,
        evidence: JSON.parse(a.evidence) as unknown,
        url,
      },
    },
    text: `:rotating_light: ${a.title} — ${url}`,
  };
}
