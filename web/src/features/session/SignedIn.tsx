import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const SignedInQuery = graphql(`
  query SignedIn {
    viewer {
      user
      role
      via
    }
  }
`);

/**
 * Who the analyst is signed in as, when they signed in through the identity provider, and the way
 * out: signing out here ends the session cookie, then the provider's own session.
 */
export function SignedIn() {
  const { data } = useQuery(SignedInQuery, { fetchPolicy: 'cache-first' });
  const [leaving, setLeaving] = useState(false);
  const viewer = data?.viewer;
  if (!viewer || viewer.via !== 'oidc') return null;
  const signOut = async () => {
    setLeaving(true);
    const res = await fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const { redirect } = (await res.json()) as { redirect?: string };
    window.location.assign(redirect ?? '/');
  };
  return (
    <div className="signed-in">
      <span>
        {viewer.user} <span className="muted">· {viewer.role}</span>
      </span>
      <button type="button" onClick={() => void signOut()} disabled={leaving}>
        Sign out
      </button>
    </div>
  );
}
