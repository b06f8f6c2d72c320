import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { WebhookFormat } from '../gql/graphql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { formatTime } from '../lib/format';
import { CreateWebhookMutation, DeleteWebhookMutation, TestWebhookMutation, WebhooksQuery } from '../features/alerts/queries';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

/** Where alerts are sent (admins): each webhook's health, its last deliveries, a test, and adding one. */
export function WebhooksPage() {
  const query = useQuery(WebhooksQuery, { fetchPolicy: 'cache-and-network' });
  const { data, refetch } = query;
  const [create, creating] = useMutation(CreateWebhookMutation);
  const [test, testing] = useMutation(TestWebhookMutation);
  const [remove] = useMutation(DeleteWebhookMutation);
  const [form, setForm] = useState<{ name: string; url: string; format: WebhookFormat }>({ name: '', url: '', format: 'JSON' });
  const [secret, setSecret] = useState<string | null>(null);
  const [tested, setTested] = useState<Record<string, string>>({});
  const hooks = data?.webhooks ?? [];
  return (
    <>
      <PageHeader title="Webhooks" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Alerts', to: '/alerts' }, { label: 'Webhooks' }]} />
      <Panel title="Where new alerts are sent" {...panelStates(query)} empty={!hooks.length} emptyText="No webhook yet.">
        <DataTable
          label="Webhooks"
          rows={hooks}
          rowKey={(h) => h.id}
          rowProps={(h) => ({ 'data-failing': h.failing })}
          columns={[
            { header: 'Name', cell: (h) => h.name },
            { header: 'URL', className: 'mono', cell: (h) => h.url },
            { header: 'Format', cell: (h) => h.format.toLowerCase() },
            { header: 'Health', cell: (h) => (h.failing ? <span className="error">failing</span> : h.enabled ? 'ok' : 'off') },
            {
              header: 'Last deliveries',
              cell: (h) => (
                <ul className="plain">
                  {h.deliveries.map((d, i) => (
                    <li key={i}>
                      {formatTime(d.at)} · {d.alertId === 'test' ? 'test' : 'alert'} · attempt {d.attempt}: {d.outcome.toLowerCase()}
                      {d.error ? ` — ${d.error}` : ''}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              header: 'Actions',
              hideHeader: true,
              cell: (h) => (
                <>
                  <button
                    type="button"
                    className="button"
                    disabled={testing.loading}
                    onClick={() =>
                      void test({ variables: { id: h.id } })
                        .then((r) => {
                          const t = r.data?.testWebhook;
                          setTested((m) => ({ ...m, [h.id]: t ? `${t.outcome.toLowerCase()}${t.error ? `: ${t.error}` : ''} (${t.ms} ms)` : 'no answer' }));
                          return refetch();
                        })
                        .catch((e: Error) => setTested((m) => ({ ...m, [h.id]: e.message })))
                    }
                  >
                    Send a test
                  </button>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void remove({ variables: { id: h.id } })
                        .then(() => refetch())
                        .catch(() => {})
                    }
                  >
                    Remove
                  </button>
                  {tested[h.id] && (
                    <p role="status" className="muted">
                      Test: {tested[h.id]}
                    </p>
                  )}
                </>
              ),
            },
          ]}
        />
      </Panel>
      <Panel title="Add a webhook">
        <form
          className="comment-form"
          onSubmit={(e) => {
            e.preventDefault();
            void create({ variables: { input: { name: form.name, url: form.url, format: form.format } } })
              .then((r) => {
                setSecret(r.data?.createWebhook.secret ?? null);
                setForm({ name: '', url: '', format: 'JSON' });
                return refetch();
              })
              .catch(() => {});
          }}
        >
          <label>
            Name
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
          </label>
          <label>
            URL (among the destinations the operator allowed: WEBHOOK_DESTINATIONS)
            <input type="url" value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} required />
          </label>
          <label>
            Format
            <select value={form.format} onChange={(e) => setForm({ ...form, format: e.target.value as WebhookFormat })}>
              <option value="JSON">JSON</option>
              <option value="SLACK">Slack / Teams (a text line first)</option>
            </select>
          </label>
          <button type="submit" className="button primary" disabled={creating.loading}>
            Add
          </button>
          {creating.error && (
            <span role="alert" className="error">
              {creating.error.message}
            </span>
          )}
          {secret && (
            <p role="status">
              Signing secret (shown once; give it to the receiver): <code>{secret}</code>
            </p>
          )}
        </form>
      </Panel>
    </>
  );
}
