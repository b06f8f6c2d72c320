import { graphql, getFragmentData, type FragmentType } from '../gql';
import { LinkTable } from './LinkTable';
import { verdictOf } from './VerdictBadge';

export const LinkedIpsFragment = graphql(`
  fragment LinkedIps_connection on IPConnection {
    totalCount
    edges {
      hits
      node {
        id
        address
        classifications(first: 1) {
          label
        }
      }
    }
  }
`);

export const LinkedJa4sFragment = graphql(`
  fragment LinkedJa4s_connection on JA4Connection {
    totalCount
    edges {
      hits
      uniqueIps
      node {
        id
        fingerprint
        classifications(first: 1) {
          label
        }
      }
    }
  }
`);

export const LinkedAsnsFragment = graphql(`
  fragment LinkedAsns_connection on ASNConnection {
    totalCount
    edges {
      hits
      uniqueIps
      node {
        id
        number
        name
      }
    }
  }
`);

export const LinkedCountriesFragment = graphql(`
  fragment LinkedCountries_connection on CountryConnection {
    totalCount
    edges {
      hits
      uniqueIps
      node {
        id
        code
        name
      }
    }
  }
`);

export const LinkedHostsFragment = graphql(`
  fragment LinkedHosts_connection on HostConnection {
    totalCount
    edges {
      hits
      uniqueIps
      node {
        id
        name
      }
    }
  }
`);

/** The linked entities of one type, heaviest link first: each component reads the selection it declared. */
export function LinkedIps(props: { connection: FragmentType<typeof LinkedIpsFragment> }) {
  const c = getFragmentData(LinkedIpsFragment, props.connection);
  return <LinkTable type="IP" caption="IP" rows={c.edges.map((e) => ({ key: e.node.address, hits: e.hits, verdict: verdictOf(e.node) }))} />;
}

export function LinkedJa4s(props: { connection: FragmentType<typeof LinkedJa4sFragment> }) {
  const c = getFragmentData(LinkedJa4sFragment, props.connection);
  return (
    <LinkTable
      type="JA4"
      caption="JA4"
      rows={c.edges.map((e) => ({ key: e.node.fingerprint, hits: e.hits, uniqueIps: e.uniqueIps, verdict: verdictOf(e.node) }))}
    />
  );
}

export function LinkedAsns(props: { connection: FragmentType<typeof LinkedAsnsFragment> }) {
  const c = getFragmentData(LinkedAsnsFragment, props.connection);
  return (
    <LinkTable
      type="ASN"
      caption="AS"
      rows={c.edges.map((e) => ({ key: String(e.node.number), label: `AS${e.node.number} ${e.node.name}`, hits: e.hits, uniqueIps: e.uniqueIps }))}
    />
  );
}

export function LinkedCountries(props: { connection: FragmentType<typeof LinkedCountriesFragment> }) {
  const c = getFragmentData(LinkedCountriesFragment, props.connection);
  return (
    <LinkTable
      type="COUNTRY"
      caption="Country"
      rows={c.edges.map((e) => ({ key: e.node.code, label: `${e.node.name} (${e.node.code})`, hits: e.hits, uniqueIps: e.uniqueIps }))}
    />
  );
}

export function LinkedHosts(props: { connection: FragmentType<typeof LinkedHostsFragment> }) {
  const c = getFragmentData(LinkedHostsFragment, props.connection);
  return <LinkTable type="HOST" caption="Host" rows={c.edges.map((e) => ({ key: e.node.name, hits: e.hits, uniqueIps: e.uniqueIps }))} />;
}
