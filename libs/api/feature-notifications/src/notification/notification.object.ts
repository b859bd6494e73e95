import { Connection } from '@lgx/api/core/graphql';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { NotificationKind } from './notification.entity';

export const NotificationKindEnum = { FOLLOWED: 'FOLLOWED', ADDRESSED: 'ADDRESSED' } as const;
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'FOLLOWED: news of something you follow. ADDRESSED: for you (a question, an answer, your group).',
});

@ObjectType({ description: 'Something you were told of, as you were allowed to see it.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => String, { description: 'What happened, e.g. content.published, question.answered.' })
  event!: string;
  @Field(() => String, { description: 'What it is about, e.g. case_study, procurement_group.' })
  subjectType!: string;
  @Field(() => String) subjectId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Why you hear of it, e.g. “You follow Derby City Council”.' })
  reason!: string;
  @Field(() => String, { description: 'The web app’s path to what it is about.' }) url!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification, 'Notification') {}
