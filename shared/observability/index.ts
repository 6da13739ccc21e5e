export { createLogger, LOG_EVENT_OFF, redactingReplacer, redactString } from './logger.ts';
export {
  countBy,
  createMetrics,
  METRIC,
  METRICS_NAMESPACE,
  type MetricName,
  MetricUnit,
  tally,
} from './metrics.ts';
