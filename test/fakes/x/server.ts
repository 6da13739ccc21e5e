// Lives with the sandbox (`npm start` runs the fakes): functions/cli/sandbox/fakes/x.ts.
export * from '../../../functions/cli/sandbox/fakes/x.ts';
