/** The product's definition of a suspected botnet: one fingerprint from many countries, mostly flagged. */
export const BOTNET_RULE = { minCountries: 5, minFlaggedShare: 0.5 } as const;

/** Whether a fingerprint's spread makes it a suspected botnet, and the evidence either way. */
export function botnetEvidence(s: { countries: number; asns: number; unique_ips: number; flagged_share: number }) {
  const spread = s.countries >= BOTNET_RULE.minCountries;
  const flagged = s.flagged_share >= BOTNET_RULE.minFlaggedShare;
  return {
    suspected: spread && flagged,
    evidence: [
      `${s.countries} countries (a botnet: ${BOTNET_RULE.minCountries} or more)`,
      `${Math.round(s.flagged_share * 100)}% of its scored windows flagged (a botnet: ${Math.round(BOTNET_RULE.minFlaggedShare * 100)}% or more)`,
      `${s.asns} ASes, ${s.unique_ips} IPs`,
    ],
  };
}
