import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** One registry per app instance (tests start several apps in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pratu_' });
  const httpDuration = new Histogram({
    name: 'pratu_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const counter = (name: string, help: string, labelNames: string[] = []) =>
    new Counter({ name, help, labelNames, registers: [registry] });
  return { registry, httpDuration, counter };
}

export type Metrics = ReturnType<typeof createMetrics>;
