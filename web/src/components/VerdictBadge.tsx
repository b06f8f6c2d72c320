import type { ClassificationLabel } from '../gql/graphql';

const SHORT: Record<ClassificationLabel, string> = { MALICIOUS: 'M', SUSPICIOUS: 'S', LEGITIMATE: 'L' };

/** The analyst's latest verdict on an entity, beside its name wherever it is listed (nothing when there is none). */
export function VerdictBadge({ verdict, long }: { verdict: ClassificationLabel | null | undefined; long?: boolean }) {
  if (!verdict) return null;
  const word = verdict.toLowerCase();
  return (
    <span className={`verdict-badge verdict-${word}`} title={`Analyst verdict: ${word}`} aria-label={`Analyst verdict: ${word}`} role="img">
      {long ? word : SHORT[verdict]}
    </span>
  );
}

/** The latest verdict of an entity read with `classifications(first: 1) { label }`. */
export const verdictOf = (e: { classifications?: readonly { label?: ClassificationLabel | null }[] } | null | undefined) =>
  e?.classifications?.[0]?.label ?? null;
