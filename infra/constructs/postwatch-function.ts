import { basename } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type IFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BUNDLE_DATA_FILES, BUNDLE_PACKS } from '../../shared/data/bundle-files.ts';

/** Props of a postwatch Lambda; every optional prop has the production default noted. */
export interface PostwatchFunctionProps {
  /** Absolute path of the handler module (functions/<name>/handler.ts). */
  readonly entry: string;
  /** Absolute path of the repository root (package-lock.json lives there). */
  readonly projectRoot: string;
  /** Powertools service name, also used in log lines. */
  readonly serviceName: string;
  /** Default 30 seconds; an SQS source needs a visibility timeout of at least 6× this. */
  readonly timeout?: Duration;
  /** Default 512 MB: arm64 CPU scales with memory, and the engine is CPU-bound. */
  readonly memorySize?: number;
  /** Default one month. */
  readonly logRetention?: RetentionDays;
  /** Plain settings (no secrets); resources are bound with useTable/useTopic instead. */
  readonly environment?: Record<string, string>;
  /** Retries of a failed asynchronous invocation (default Lambda's 2; a scheduled poll wants 0). */
  readonly retryAttempts?: number;
}

const MAX_TIMEOUT_SECONDS = 900;

/**
 * What every bundle gets for `tldts` (see `esbuildArgs` below; scripts/lib/lambda-build.ts
 * mirrors it): tldts's parse over the suffix trie in suffixes.pack, from the project root.
 */
export const TLDTS_BUILD = './shared/text/tldts-bundle.ts';

/**
 * Shell commands that copy each of BUNDLE_DATA_FILES beside the bundle when the bundle names
 * it (shared/data/read.ts looks for it there), so only the functions that read a file ship
 * it, and write each of BUNDLE_PACKS the bundle names from this tree's sources
 * (scripts/pack-data.ts, run with the project's own Node and tsx).
 */
export function copyDataFileCommands(inputDir: string, outputDir: string): string[] {
  const files = BUNDLE_DATA_FILES.map((source) => {
    const name = basename(source);
    return `if grep -qF '${name}' '${outputDir}/index.mjs'; then cp '${inputDir}/${source}' '${outputDir}/${name}'; fi`;
  });
  const packs = BUNDLE_PACKS.map(
    ({ name, kind }) =>
      `if grep -qF '${name}' '${outputDir}/index.mjs'; then (cd '${inputDir}' && node --import tsx scripts/pack-data.ts ${kind} '${outputDir}/${name}'); fi`,
  );
  return [...files, ...packs];
}
/** What reading and writing a table encrypted with a customer-managed key takes. */
export const TABLE_KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:DescribeKey',
] as const;

/**
 * One Lambda function with postwatch's pinned defaults: Node.js 22 on arm64, bundled
 * locally by esbuild (no Docker) as ESM with source maps, its own log group with a
 * retention. Resources are attached through use* helpers that pair the environment
 * variable with the narrowest grant, so a setting never exists without its permission or
 * the other way round.
 */
export class PostwatchFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: PostwatchFunctionProps) {
    super(scope, id);
    const timeout = props.timeout ?? Duration.seconds(30);
    // Checked at synth time so a bad value fails `cdk synth`, not the first deployment.
    if (timeout.toSeconds() < 1 || timeout.toSeconds() > MAX_TIMEOUT_SECONDS) {
      throw new Error(`${id}: timeout must be between 1 and ${MAX_TIMEOUT_SECONDS} seconds`);
    }
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Its own role with write access to its own log group only (instead of the managed
    // AWSLambdaBasicExecutionRole, which allows writing to every log group in the account).
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `postwatch ${props.serviceName}`,
    });
    logGroup.grantWrite(role);
    this.function = new NodejsFunction(this, 'Function', {
      role,
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout,
      memorySize: props.memorySize ?? 512,
      logGroup,
      ...(props.retryAttempts !== undefined ? { retryAttempts: props.retryAttempts } : {}),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        minify: true,
        // No keepNames: it wraps every function and class in a naming call (~40 KB, and a cost
        // each time a closure is made). Error classes write their name out instead
        // (test/unit/model/error-names.test.ts), so logs still say which error it was.
        keepNames: false,
        sourceMap: true,
        // The map maps stack traces to files and lines; it need not carry the sources themselves.
        // With them it is three times the size, and Node reads it whole at every cold start
        // (--enable-source-maps): about 15 ms of analyze's init (npm run bench).
        sourcesContent: false,
        // The runtime ships SDK v3, but pinning our own version keeps local tests and Lambda identical.
        externalModules: [],
        // Some bundled dependencies are CommonJS and call require(); ESM output needs it defined.
        banner:
          "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        mainFields: ['module', 'main'],
        // tldts's parse over its own trie, read from suffixes.pack (written beside the bundle
        // below) instead of built at import: at load tldts derives three arrays from its trie in
        // a loop, about 10 ms of analyze's init run interpreted, and its trie's literals are
        // 140 KB of JavaScript. Same version, same answers (shared/text/public-suffix.ts; npm run
        // bench reports the init). esbuild resolves the path from the project root, its cwd.
        esbuildArgs: { '--alias:tldts': TLDTS_BUILD },
        // Data files (phone metadata, lookalike names) and packs (models, lexicon, confusables,
        // suffixes) ship beside index.mjs, not in it.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => copyDataFileCommands(inputDir, outputDir),
        },
      },
    });
  }

  /** The function, for event sources and alarms. */
  get handler(): IFunction {
    return this.function;
  }

  /**
   * Sets `envName` to the table name and grants exactly `actions` (e.g. `GetItem`) on the
   * table. Indexes are included only when asked (`true`: all; a list: those by name):
   * `table.grant` would add `index/*` even for actions that cannot use an index.
   */
  useTable(
    envName: string,
    table: ITable,
    actions: readonly string[],
    options: { indexes?: boolean | readonly string[] } = {},
  ): this {
    this.function.addEnvironment(envName, table.tableName);
    const indexArns =
      options.indexes === true
        ? [`${table.tableArn}/index/*`]
        : (options.indexes || []).map((name) => `${table.tableArn}/index/${name}`);
    Grant.addToPrincipal({
      grantee: this.function,
      actions: actions.map((a) => `dynamodb:${a}`),
      resourceArns: [table.tableArn, ...indexArns],
    });
    // A customer-managed table key must be usable too (the AWS-managed key needs no grant):
    // named actions, not grantEncryptDecrypt's GenerateDataKey* and ReEncrypt* wildcards.
    table.encryptionKey?.grant(this.function, ...TABLE_KEY_ACTIONS);
    return this;
  }

  /**
   * Sets `envName` to the queue URL and grants sending to it, nothing else: SendMessage
   * (which SendMessageBatch needs) and, for a KMS-encrypted queue, the two key actions a
   * producer needs (GenerateDataKey, Decrypt). `queue.grantSendMessages` would add
   * GetQueueAttributes and GetQueueUrl, which the function never calls.
   */
  useQueue(envName: string, queue: IQueue): this {
    this.function.addEnvironment(envName, queue.queueUrl);
    Grant.addToPrincipal({
      grantee: this.function,
      actions: ['sqs:SendMessage'],
      resourceArns: [queue.queueArn],
    });
    queue.encryptionMasterKey?.grant(this.function, 'kms:GenerateDataKey', 'kms:Decrypt');
    return this;
  }

  /** Grants reading exactly these secrets (GetSecretValue, DescribeSecret, and their key). */
  useSecrets(secrets: readonly ISecret[]): this {
    for (const secret of secrets) secret.grantRead(this.function);
    return this;
  }

  /**
   * Sets `envName` to the topic ARN and grants publishing to it, and the two key actions
   * publishing to an encrypted topic needs (not grantPublish's GenerateDataKey* wildcard).
   */
  useTopic(envName: string, topic: ITopic): this {
    this.function.addEnvironment(envName, topic.topicArn);
    Grant.addToPrincipal({
      grantee: this.function,
      actions: ['sns:Publish'],
      resourceArns: [topic.topicArn],
    });
    topic.masterKey?.grant(this.function, 'kms:GenerateDataKey', 'kms:Decrypt');
    return this;
  }
}
