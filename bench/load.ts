// One autocannon run against one URL (the bench calls it for the warm-up and for the measurement).
import autocannon from 'autocannon';

export interface CaseResult {
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerSecond: number;
  statusCodes: Record<string, number>;
}

/** Loads `url` for `duration` s from `connections` keep-alive connections, one request in flight on each. */
export async function measure(url: string, connections: number, duration: number): Promise<CaseResult> {
  // A plain GET with no Accept-Encoding: every case sends the identical request.
  const result = await autocannon({ url, connections, duration, pipelining: 1, timeout: 10 });
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count;
  return {
    url,
    requestsPerSecond: result.requests.mean,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerSecond: result.throughput.mean,
    statusCodes,
  };
}
