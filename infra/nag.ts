import { type Stack, Validations } from 'aws-cdk-lib';
import type { CfnPolicy } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag (AwsSolutions) acknowledgements, each on the narrowest construct and with its
 * reason. test/infra runs the pack over the stack and fails on anything not listed here.
 */
export function applyNagSuppressions(stack: Stack): void {
  const ack = (scope: IConstruct, id: string, reason: string) =>
    Validations.of(scope).acknowledge({ id, reason });
  const find = (path: string) => stack.node.tryFindChild(path);

  for (const name of ['Analyze', 'Sweep', 'Poll', 'Webhook']) {
    const fn = find(name);
    if (!fn) continue;
    ack(
      fn,
      'AwsSolutions-L1',
      'Node.js 22 is pinned on purpose: it is the runtime of package.json engines and of the node binary the bundle tests import each asset with; moving to a newer runtime is a deliberate change made with those tests.',
    );
  }
  const dlq = find('AlertDeliveryDlq');
  if (dlq) {
    ack(
      dlq,
      'AwsSolutions-SQS3',
      'This queue is itself the dead-letter queue of the SNS alert subscriptions (redrive policy on each subscription); a DLQ has no DLQ.',
    );
  }
  for (const child of stack.node.children) {
    const id = child.node.id;
    if (id.startsWith('Secret')) {
      ack(
        child,
        'AwsSolutions-SMG4',
        'Platform tokens and webhook secrets are issued by the platforms (X, Meta, ...); they are rotated there and the new value put here, no Lambda can rotate them. The functions re-read a secret at most 15 minutes after a change.',
      );
    }
    if (id.startsWith('SchedulerRoleForTarget')) {
      ack(
        child,
        `AwsSolutions-IAM5[Resource::<${invokedFunction(stack, child)}.Arn>:*]`,
        'Created by the EventBridge Scheduler LambdaInvoke target: lambda:InvokeFunction on this one function and its versions (<arn>:*), nothing else.',
      );
    }
    // The singleton function behind AwsCustomResource (writes the brand profile item at deploy).
    if (id.startsWith('AWS679f53fac002430cb0da5b7982bd2287')) {
      ack(
        child,
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        "CDK's AwsCustomResource provider uses AWSLambdaBasicExecutionRole for its own logs; its one data permission is dynamodb:PutItem on the findings table.",
      );
      ack(
        child,
        'AwsSolutions-L1',
        "The AwsCustomResource provider's runtime is chosen by aws-cdk-lib, updated with it.",
      );
    }
  }
}

/** The logical id of the function a Scheduler target role may invoke (CDK makes one role per function). */
function invokedFunction(stack: Stack, role: IConstruct): string {
  const policy = role.node.tryFindChild('DefaultPolicy')?.node.defaultChild as CfnPolicy | undefined;
  const json = JSON.stringify(stack.resolve(policy?.policyDocument ?? {}));
  const match = /"Fn::GetAtt":\["([A-Za-z0-9]+)","Arn"\]/.exec(json);
  if (!match?.[1]) throw new Error(`${role.node.path}: no function in the scheduler role's policy`);
  return match[1];
}
