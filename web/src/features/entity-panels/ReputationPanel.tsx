import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { EntityLink } from '../../components/EntityLink';
import { formatTime } from '../../lib/format';

export const ReputationPanelFragment = graphql(`
  fragment ReputationPanel_query on Query {
    reputation(ip: $ip) {
      networkType
      proxy
      vpn
      tor
      hosting
      mobile
      asnNumber
      asnOrganization
      countryCode
      isp
      basedOn
      offline
      degraded
      sources {
        provider
        status
        message
        cached
        fetchedAt
      }
    }
  }
`);

const flag = (v: boolean | null | undefined) => (v == null ? 'unknown' : v ? 'yes' : 'no');

/** Public reputation merged with our own data; says when it could only use our data. */
export function ReputationPanel({ slice }: { slice: Slice<FragmentType<typeof ReputationPanelFragment>> }) {
  const data = getFragmentData(ReputationPanelFragment, slice.data);
  const r = data?.reputation;
  return (
    <Panel title="Reputation" {...sliceStates(slice)}>
      {r && (
        <>
          {(r.degraded || r.offline) && (
            <p className="notice" role="note">
              {r.offline ? 'Offline mode: from our own data only.' : 'The reputation providers could not be reached: from our own data only.'}
            </p>
          )}
          <dl className="stats">
            <div>
              <dt>Network</dt>
              <dd>{r.networkType.toLowerCase()}</dd>
            </div>
            <div>
              <dt>Proxy</dt>
              <dd>{flag(r.proxy)}</dd>
            </div>
            <div>
              <dt>VPN</dt>
              <dd>{flag(r.vpn)}</dd>
            </div>
            <div>
              <dt>Tor</dt>
              <dd>{flag(r.tor)}</dd>
            </div>
            <div>
              <dt>Hosting</dt>
              <dd>{flag(r.hosting)}</dd>
            </div>
            <div>
              <dt>Mobile</dt>
              <dd>{flag(r.mobile)}</dd>
            </div>
            <div>
              <dt>AS</dt>
              <dd>{r.asnNumber ? <EntityLink type="ASN" value={String(r.asnNumber)} label={`AS${r.asnNumber} ${r.asnOrganization ?? ''}`} /> : '—'}</dd>
            </div>
            <div>
              <dt>ISP</dt>
              <dd>{r.isp ?? '—'}</dd>
            </div>
            <div>
              <dt>Country</dt>
              <dd>{r.countryCode ? <EntityLink type="COUNTRY" value={r.countryCode} /> : '—'}</dd>
            </div>
          </dl>
          <p className="small muted">
            Based on: {r.basedOn.join(', ') || 'nothing'}.{' '}
            {r.sources.map((s) => (
              <span key={s.provider}>
                {s.provider.toLowerCase().replace('_', '-')}: {s.status.toLowerCase()}
                {s.cached ? ' (cached)' : ''}
                {s.message ? ` — ${s.message}` : ''}
                {s.fetchedAt ? ` at ${formatTime(s.fetchedAt)}` : ''}.{' '}
              </span>
            ))}
          </p>
        </>
      )}
    </Panel>
  );
}
