/**
 * Each caller's budget of query cost over time: a token bucket per caller (the user for an
 * identified caller, the client IP for an anonymous one) holding up to `burst` units and refilled
 * at `perMinute`. Per instance: behind a load balancer each replica keeps its own.
 */
export interface Budget {
  /** Takes `cost` from the caller's bucket; when it lacks it, takes nothing and says when it will have it. */
  charge(caller: string, cost: number): { ok: true; remaining: number } | { ok: false; remaining: number; retryAfterS: number };
  remaining(caller: string): number;
}

const MAX_CALLERS = 100_000;

export function createBudget({ perMinute, burst }: { perMinute: number; burst: number }, now: () => number = Date.now): Budget {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;

  const refill = (caller: string) => {
    const t = now();
    const b = buckets.get(caller) ?? { tokens: burst, at: t };
    b.tokens = Math.min(burst, b.tokens + (t - b.at) * perMs);
    b.at = t;
    // a full bucket is the default: forget it, so an address scan cannot grow the map without bound
    if (b.tokens >= burst) buckets.delete(caller);
    else {
      if (!buckets.has(caller) && buckets.size >= MAX_CALLERS) buckets.delete(buckets.keys().next().value!);
      buckets.set(caller, b);
    }
    return b;
  };

  return {
    charge(caller, cost) {
      const b = refill(caller);
      if (b.tokens < cost) {
        return { ok: false, remaining: Math.floor(b.tokens), retryAfterS: Math.max(1, Math.ceil((cost - b.tokens) / perMs / 1000)) };
      }
      b.tokens -= cost;
      buckets.set(caller, b);
      return { ok: true, remaining: Math.floor(b.tokens) };
    },
    remaining: (caller) => Math.floor(refill(caller).tokens),
  };
}
