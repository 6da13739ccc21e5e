import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { type MonitorConfig, parseBrandProfile, parseMonitorConfig } from '../shared/model/index.ts';
import { PostwatchStack, type TeamSubscription } from './postwatch-stack.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const app = new App();

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new Error(`${what} ${path} not found`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${what} ${path} is not valid JSON`, { cause: error });
  }
}

// The same postwatch.config.json as `postwatch run` (CONTRACTS.md §5), named with
// `-c config=FILE` (relative to the working directory), or the sample. Parsed by the same
// schema, so a bad config fails synth with the field path; `env:NAME` values are not read
// here: on AWS they name Secrets Manager secrets.
const configPath = resolve(
  String(app.node.tryGetContext('config') ?? resolve(projectRoot, 'infra/sample.config.json')),
);
const config: MonitorConfig = parseMonitorConfig(readJson(configPath, 'config'));
const brandProfile = parseBrandProfile(
  typeof config.brand === 'string'
    ? readJson(resolve(dirname(configPath), config.brand), 'brand profile')
    : config.brand,
);

// Optional team subscriptions with filter policies: `-c subscriptions=FILE` (a JSON array).
const subscriptionsPath = app.node.tryGetContext('subscriptions');
const subscriptions = subscriptionsPath
  ? (readJson(resolve(String(subscriptionsPath)), 'subscriptions') as TeamSubscription[])
  : undefined;

// Environment-agnostic (no account/region) so that synth works offline without credentials;
// `cdk deploy` picks the account and region from the caller's profile.
new PostwatchStack(app, String(app.node.tryGetContext('stackName') ?? 'Postwatch'), {
  brandProfile,
  projectRoot,
  config,
  ...(subscriptions ? { subscriptions } : {}),
  description: 'postwatch: brand post integrity and scam impersonation monitor',
});
