import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { parseBrandProfile } from '../shared/model/index.ts';
import { PostwatchStack } from './postwatch-stack.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const app = new App();

// The brand profile comes from a JSON file named by the `brandProfile` context value
// (cdk.json points at the sample; override with `cdk synth -c brandProfile=path`).
// Parsing here makes an invalid profile fail synth with the field named.
const profilePath = resolve(
  projectRoot,
  String(app.node.tryGetContext('brandProfile') ?? 'infra/sample-brand.json'),
);
const brandProfile = parseBrandProfile(JSON.parse(readFileSync(profilePath, 'utf8')));

// Environment-agnostic (no account/region) so that synth works offline without credentials;
// `cdk deploy` picks the account and region from the caller's profile.
new PostwatchStack(app, 'Postwatch', {
  brandProfile,
  projectRoot,
  description: 'postwatch: brand post integrity and scam impersonation monitor',
});
