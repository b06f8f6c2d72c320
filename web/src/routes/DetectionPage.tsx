import { ReasonText } from '../components/ReasonText';
import { useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { EntityLink } from '../components/EntityLink';
import { ThreatBadge } from '../components/ThreatBadge';
import { formatNumber, formatScore, formatTime } from '../lib/format';
import { panelStates } from '../components/panel-states';

const DetectionDetailQuery = graphql(`
  query DetectionDetail($id: String!) {
    detection(id: $id) {
      id
      detectionId
      detectedAt
      windowStart
      threatLevel
      anomalyScore
      xgbProb
      model
      botName
      reason
      userAgent
      clientHeaders
      windowHits
      recurrence
      ip {
        id
        address
      }
      ja4 {
        id
        fingerprint
      }
      host {
        id
        name
      }
      asn {
        id
        number
        name
      }
      country {
        id
        code
        name
      }
      campaign {
        id
        campaignId
      }
      features {
        hitVelocity
        fuzzingIndex
        postRatio
        assetRatio
        directAccessRatio
        temporalEntropy
        pathDiversityRatio
        modernBrowserScore
        headerCount
        srcPortDensity
        distinctJa4Count
        uaRotating
      }
    }
  }
`);

/** One detection: the scored window, the model's verdict, its features and its links. */
export function DetectionPage() {
  const id = useParams().id ?? '';
  const query = useQuery(DetectionDetailQuery, { variables: { id } });
  const { data } = query;
  const d = data?.detection;
  return (
    <>
      <PageHeader title={<>Detection {id}</>} crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Detections', to: '/detections' }, { label: id }]} />
      <Panel title="Verdict" {...panelStates(query)} empty={!!data && !d} emptyText="No detection has this id.">
        {d && (
          <>
            <p>
              <ThreatBadge level={d.threatLevel} /> score {formatScore(d.anomalyScore)} (model {d.model.toLowerCase()}, bot probability {formatScore(d.xgbProb)}
              ) — <ReasonText text={d.reason} />
            </p>
            <dl className="stats">
              <div>
                <dt>IP</dt>
                <dd>
                  <EntityLink type="IP" value={d.ip.address} />
                </dd>
              </div>
              <div>
                <dt>JA4</dt>
                <dd>{d.ja4 ? <EntityLink type="JA4" value={d.ja4.fingerprint} /> : '—'}</dd>
              </div>
              <div>
                <dt>Host</dt>
                <dd>
                  <EntityLink type="HOST" value={d.host.name} />
                </dd>
              </div>
              <div>
                <dt>AS</dt>
                <dd>{d.asn ? <EntityLink type="ASN" value={String(d.asn.number)} label={`AS${d.asn.number} ${d.asn.name}`} /> : '—'}</dd>
              </div>
              <div>
                <dt>Country</dt>
                <dd>{d.country ? <EntityLink type="COUNTRY" value={d.country.code} label={d.country.name} /> : '—'}</dd>
              </div>
              <div>
                <dt>Campaign</dt>
                <dd>{d.campaign ? <EntityLink type="CAMPAIGN" value={d.campaign.campaignId} /> : '—'}</dd>
              </div>
              <div>
                <dt>Window</dt>
                <dd>{formatTime(d.windowStart)}</dd>
              </div>
              <div>
                <dt>Requests</dt>
                <dd>{formatNumber(d.windowHits)}</dd>
              </div>
              <div>
                <dt>Seen on</dt>
                <dd>{d.recurrence} days</dd>
              </div>
              <div>
                <dt>Known bot</dt>
                <dd>{d.botName || '—'}</dd>
              </div>
            </dl>
            <p className="mono small wrap">{d.userAgent}</p>
            <p className="mono small wrap muted">{d.clientHeaders}</p>
          </>
        )}
      </Panel>
      {d && (
        <Panel title="Features the model scored">
          <dl className="stats">
            {Object.entries(d.features)
              .filter(([k]) => k !== '__typename')
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{typeof v === 'boolean' ? (v ? 'yes' : 'no') : formatNumber(v as number)}</dd>
                </div>
              ))}
          </dl>
        </Panel>
      )}
    </>
  );
}
