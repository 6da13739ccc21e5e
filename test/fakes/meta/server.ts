// Lives with the sandbox (`npm start` runs the fakes): functions/cli/sandbox/fakes/meta.ts.
export * from '../../../functions/cli/sandbox/fakes/meta.ts';
