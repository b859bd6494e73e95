import { Connection } from '@lgx/api/core/graphql';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One entry of the audit log.' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => ID, { nullable: true }) actorAccountId!: string | null;
  @Field(() => String, { nullable: true }) actorCouncilCode!: string | null;
  @Field(() => String) actorRole!: string;
  @Field(() => String) action!: string;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => String) outcome!: string;
  @Field(() => String, { description: 'Details as JSON.' }) details!: string;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
