import { builder } from '../../schema/builder.js';
import { appError } from '../../schema/errors.js';
import { createWebhookRepository, type DeliveryRow, type WebhookRow } from './webhook.repository.js';
import { changeWebhook, createWebhook, isAdmin, openWebhook } from './webhook.store.js';
import { deliver, HEADERS, type Attempt } from './webhook.deliver.js';
import { bodyOf, deliveryOptions } from './webhook.refs.js';

const utc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);

const FormatEnum = builder.enumType('WebhookFormat', {
  description: 'The body a webhook is sent.',
  values: {
    JSON: { value: 'json', description: '`{event, alert}`: the alert as JSON.' },
    SLACK: { value: 'slack', description: 'The same with a `text` line first: what Slack and Microsoft Teams incoming webhooks show.' },
  } as const,
});

const OutcomeEnum = builder.enumType('WebhookDeliveryOutcome', {
  description: 'How a delivery attempt ended.',
  values: {
    DELIVERED: { value: 'delivered', description: 'The receiver answered 2xx.' },
    RETRYING: { value: 'retrying', description: 'It failed and will be tried again (network error, timeout, 429 or 5xx).' },
    FAILED: { value: 'failed', description: 'It failed for good (retries spent, a 4xx, or the URL is no longer allowed).' },
  } as const,
});

const DeliveryRef = builder.objectRef<DeliveryRow | (Attempt & { at: string; alert_id: string })>('WebhookDelivery').implement({
  description: 'One attempt to deliver to a webhook.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When it was made.', resolve: (d) => utc(d.at) }),
    alertId: t.string({ description: 'The alert sent (`test` for a test delivery).', resolve: (d) => d.alert_id }),
    attempt: t.int({ description: 'Which attempt (1 is the first).', resolve: (d) => d.attempt }),
    outcome: t.field({ type: OutcomeEnum, description: 'How it ended.', resolve: (d) => d.outcome }),
    httpStatus: t.int({
      nullable: true,
      description: 'The receiver’s HTTP status; null when none came.',
      resolve: (d) => ('http_status' in d ? d.http_status : d.httpStatus) || null,
    }),
    error: t.string({ nullable: true, description: 'What went wrong; null when delivered.', resolve: (d) => d.error || null }),
    ms: t.int({ description: 'How long it took.', resolve: (d) => d.ms }),
  }),
});

const WebhookRef = builder.objectRef<WebhookRow>('Webhook').implement({
  description: `Where new alerts are sent: a JSON POST signed with HMAC-SHA256 over \`<timestamp>.<body>\` with the webhook's secret (headers \`${HEADERS.signature}\`, \`${HEADERS.timestamp}\`), retried with backoff. Admins manage them; their URLs must be among the destinations the operator allowed (WEBHOOK_DESTINATIONS).`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Its UUID.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    url: t.exposeString('url', { description: 'Where it posts.' }),
    format: t.field({ type: FormatEnum, description: 'The body it is sent.', resolve: (w) => w.format }),
    enabled: t.boolean({ description: 'Whether alerts are sent to it.', resolve: (w) => w.enabled === 1 }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (w) => utc(w.created_at) }),
    deliveries: t.field({
      type: [DeliveryRef],
      description: 'Its latest delivery attempts, newest first: failures show their error here.',
      args: { first: t.arg.int({ required: false, description: '1–100, default 20.' }) },
      resolve: (w, a, ctx) => createWebhookRepository(ctx.db).attempts([w.id], Math.min(Math.max(a.first ?? 20, 1), 100)),
    }),
    failing: t.boolean({
      description: 'Whether its latest delivery failed for good.',
      resolve: async (w, _a, ctx) => (await createWebhookRepository(ctx.db).attempts([w.id], 1))[0]?.outcome === 'failed',
    }),
  }),
});

const Created = builder.objectRef<{ webhook: WebhookRow; secret: string }>('WebhookCreated').implement({
  description: 'A new webhook and its secret: shown once, never again.',
  fields: (t) => ({
    webhook: t.field({ type: WebhookRef, description: 'The webhook.', resolve: (c) => c.webhook }),
    secret: t.exposeString('secret', { description: 'The secret its deliveries are signed with: give it to the receiver now.' }),
  }),
});

const WebhookInputRef = builder.inputType('WebhookInput', {
  description: 'A new webhook.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name.' }),
    url: t.string({ required: true, description: 'Where to post: http(s), among the allowed destinations.' }),
    format: t.field({ type: FormatEnum, required: false, description: 'Default JSON.' }),
    secret: t.string({ required: false, description: 'The signing secret (16–256 characters); default: one is made and returned once.' }),
    enabled: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

const WebhookChangesRef = builder.inputType('WebhookChanges', {
  description: 'What to change; fields left out stay.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'A new name.' }),
    url: t.string({ required: false, description: 'A new URL.' }),
    format: t.field({ type: FormatEnum, required: false, description: 'A new format.' }),
    secret: t.string({ required: false, description: 'A new secret.' }),
    enabled: t.boolean({ required: false, description: 'Turn it on or off.' }),
  }),
});

builder.queryField('webhooks', (t) =>
  t.field({
    type: [WebhookRef],
    description: 'Every webhook (admins only).',
    resolve: async (_r, _a, ctx) => {
      if (!isAdmin(ctx)) throw appError('FORBIDDEN', 'Admins manage webhooks.');
      return createWebhookRepository(ctx.db).all();
    },
  }),
);

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: Created,
    description:
      'Adds a webhook (admins; audited, the secret never in the audit trail). A URL outside http(s) or outside WEBHOOK_DESTINATIONS is BAD_USER_INPUT.',
    args: { input: t.arg({ type: WebhookInputRef, required: true, description: 'The webhook.' }) },
    resolve: async (_r, a, ctx) => {
      const webhook = await createWebhook(ctx, { ...a.input, format: a.input.format ?? null });
      return { webhook, secret: webhook.secret };
    },
  }),
  updateWebhook: t.field({
    type: WebhookRef,
    description: 'Changes a webhook (admins; audited).',
    args: {
      id: t.arg.id({ required: true, description: 'Its UUID.' }),
      input: t.arg({ type: WebhookChangesRef, required: true, description: 'The changes.' }),
    },
    resolve: (_r, a, ctx) => changeWebhook(ctx, String(a.id), 'update_webhook', { ...a.input, name: a.input.name ?? undefined, url: a.input.url ?? undefined }),
  }),
  deleteWebhook: t.field({
    type: WebhookRef,
    description: 'Removes a webhook (admins; audited).',
    args: { id: t.arg.id({ required: true, description: 'Its UUID.' }) },
    resolve: (_r, a, ctx) => changeWebhook(ctx, String(a.id), 'delete_webhook', { deleted: true }),
  }),
  testWebhook: t.field({
    type: DeliveryRef,
    description: 'Sends a signed test event to a webhook now, once (no retries), and says how it went (admins).',
    args: { id: t.arg.id({ required: true, description: 'Its UUID.' }) },
    resolve: async (_r, a, ctx) => {
      const hook = await openWebhook(ctx, String(a.id));
      const now = new Date();
      const message = {
        event: 'test',
        id: 'test',
        version: now.getTime(),
        json: { test: true, at: now.toISOString() },
        text: 'ja4graph: a test delivery from this webhook’s settings.',
      };
      const result = await deliver(
        ctx.db,
        ctx.logger,
        hook,
        { event: 'test', id: 'test', version: message.version, body: bodyOf(hook.format, message) },
        {
          ...deliveryOptions(ctx.config),
          retries: 0,
        },
      );
      return { ...result, at: now.toISOString().replace('T', ' ').replace('Z', ''), alert_id: 'test' };
    },
  }),
}));
