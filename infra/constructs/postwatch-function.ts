import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Grant } from 'aws-cdk-lib/aws-iam';
import { Architecture, type IFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

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
}

const MAX_TIMEOUT_SECONDS = 900;

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
    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout,
      memorySize: props.memorySize ?? 512,
      logGroup,
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
        // Error classes name themselves from their constructor; minified names would hide them in logs.
        keepNames: true,
        sourceMap: true,
        // The runtime ships SDK v3, but pinning our own version keeps local tests and Lambda identical.
        externalModules: [],
        // Some bundled dependencies are CommonJS and call require(); ESM output needs it defined.
        banner:
          "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        mainFields: ['module', 'main'],
      },
    });
  }

  /** The function, for event sources and alarms. */
  get handler(): IFunction {
    return this.function;
  }

  /**
   * Sets `envName` to the table name and grants exactly `actions` (e.g. `GetItem`) on the
   * table. Indexes are included only when asked: `table.grant` would add `index/*` even
   * for actions that cannot use an index.
   */
  useTable(
    envName: string,
    table: ITable,
    actions: readonly string[],
    options: { indexes?: boolean } = {},
  ): this {
    this.function.addEnvironment(envName, table.tableName);
    Grant.addToPrincipal({
      grantee: this.function,
      actions: actions.map((a) => `dynamodb:${a}`),
      resourceArns: options.indexes ? [table.tableArn, `${table.tableArn}/index/*`] : [table.tableArn],
    });
    // A customer-managed table key must be usable too; the default AWS-managed key needs no grant.
    table.encryptionKey?.grantEncryptDecrypt(this.function);
    return this;
  }

  /** Sets `envName` to the topic ARN and grants publishing to it (and use of its key). */
  useTopic(envName: string, topic: ITopic): this {
    this.function.addEnvironment(envName, topic.topicArn);
    topic.grantPublish(this.function);
    return this;
  }
}
