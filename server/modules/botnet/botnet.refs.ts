/**
 * The product's one definition of a botnet: a fingerprint (or a population) spread over many
 * countries and networks whose traffic is mostly bad — flagged by the detector, or lying about its
 * client or scripted. The spread ranking, a JA4's verdict, its population label and the REST summary
 * all read it.
 */
export const BOTNET_RULE = { minCountries: 5, minAsns: 5, minShare: 0.5 } as const;

/** Spread over as many countries and ASes as the rule asks: many machines, not one. */
export const isSpread = (countries: number, asns: number) => countries >= BOTNET_RULE.minCountries && asns >= BOTNET_RULE.minAsns;

/** At least the rule's share of the traffic is bad. */
export const isMostly = (share: number) => share >= BOTNET_RULE.minShare;

export const BOTNET_RULE_TEXT = `${BOTNET_RULE.minCountries}+ countries and ${BOTNET_RULE.minAsns}+ ASes, with ${BOTNET_RULE.minShare * 100}%+ of its traffic bad`;

/** Whether a fingerprint's spread makes it a suspected botnet, and the evidence either way. */
export function botnetEvidence(s: { countries: number; asns: number; unique_ips: number; flagged_share: number }) {
  return {
    suspected: isSpread(s.countries, s.asns) && isMostly(s.flagged_share),
    evidence: [
      `${s.countries} countries (a botnet: ${BOTNET_RULE.minCountries} or more)`,
      `${Math.round(s.flagged_share * 100)}% of its scored windows flagged (a botnet: ${Math.round(BOTNET_RULE.minShare * 100)}% or more)`,
      `${s.asns} ASes (a botnet: ${BOTNET_RULE.minAsns} or more), ${s.unique_ips} IPs`,
    ],
  };
}
