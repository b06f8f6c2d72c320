import { Fragment } from 'react';
import { EntityLink } from './EntityLink';

/** Campaign ids as the pipeline writes them into a detection's reason ("… (campaign CAMP-NEBULA-7F3A)"). */
const CAMPAIGN = /\b(CAMP-[A-Z0-9-]+)\b/g;

/** A detection's reason, with the campaigns it names linked to their page. */
export function ReasonText({ text }: { text: string }) {
  const parts = text.split(CAMPAIGN);
  return <>{parts.map((p, i) => (i % 2 ? <EntityLink key={i} type="CAMPAIGN" value={p} /> : <Fragment key={i}>{p}</Fragment>))}</>;
}
