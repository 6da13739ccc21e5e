// Lives with the sandbox (`npm start` runs the fakes): functions/cli/sandbox/fakes/timeline.ts.
export * from '../../functions/cli/sandbox/fakes/timeline.ts';
