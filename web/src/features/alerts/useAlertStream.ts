import { useEffect } from 'react';
import { ALERT_STREAM } from './queries';

/**
 * Calls `onAlert` whenever the server raises (or extends) an alert the analyst may see: the
 * `alertRaised` subscription over server-sent events, which the browser reconnects by itself.
 */
export function useAlertStream(onAlert: () => void) {
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/graphql?query=${encodeURIComponent(ALERT_STREAM)}`);
    // graphql-yoga names its events `next` (the graphql-sse protocol); older servers send plain messages
    const on = () => onAlert();
    source.addEventListener('next', on);
    source.addEventListener('message', on);
    return () => source.close();
  }, [onAlert]);
}
