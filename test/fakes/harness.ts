// The fake-API harness lives with the sandbox (`npm start` runs the fakes): functions/cli/sandbox/fakes/.
export * from '../../functions/cli/sandbox/fakes/harness.ts';
export { seededRandom } from '../../scripts/lib/random.ts';
