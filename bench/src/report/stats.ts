/** Latency percentiles and throughput of one path at one concurrency. */
export interface LatencyStats {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Successful requests per second. */
  throughput: number;
}

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

export function latencyStats(latencies: number[], seconds: number, errors: number): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    requests: sorted.length,
    errors,
    seconds: round(seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    throughput: round(sorted.length / Math.max(seconds, 0.001)),
  };
}
