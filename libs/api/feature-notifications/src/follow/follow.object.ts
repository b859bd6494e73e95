import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import {
  DIGEST_FREQUENCIES,
  type DigestFrequency,
  FOLLOW_KINDS,
  type FollowKind,
} from './follow.rules';

export const FollowKindEnum = Object.fromEntries(FOLLOW_KINDS.map((kind) => [kind, kind])) as {
  [K in FollowKind]: K;
};
registerEnumType(FollowKindEnum, {
  name: 'FollowKind',
  description: 'What can be followed.',
  valuesMap: {
    COUNCIL: { description: 'A council, by its register code (e.g. DER).' },
    TOPIC: {
      description:
        'A topic: SERVICE_AREA:<key>, STRATEGIC_OBJECTIVE:<key> or TECHNOLOGY:<key> (the case study taxonomies).',
    },
    COMPONENT: { description: 'A component, by its id.' },
    SUPPLIER: { description: 'A supplier, by its id (suppliers are for verified officers).' },
    PROCUREMENT_GROUP: { description: 'A procurement group, by its id.' },
    SAVED_SEARCH: { description: 'A search saved with saveSearch.' },
  },
});

export const DigestFrequencyEnum = Object.fromEntries(
  DIGEST_FREQUENCIES.map((frequency) => [frequency, frequency]),
) as { [K in DigestFrequency]: K };
registerEnumType(DigestFrequencyEnum, {
  name: 'DigestFrequency',
  description: 'How often a digest email of what a follow brings is sent.',
});

@ObjectType({ description: 'Something the signed-in account follows.' })
export class Follow {
  @Field(() => ID) id!: string;
  @Field(() => FollowKindEnum) kind!: FollowKind;
  @Field(() => String, {
    description: 'What is followed: a council code, a topic key, an id, or a saved search’s key.',
  })
  targetId!: string;
  @Field(() => String, { description: 'Its name, as you may see it.' }) name!: string;
  @Field(() => String, { description: 'The web app’s path to it.' }) url!: string;
  @Field(() => DigestFrequencyEnum) digest!: DigestFrequency;
  @Field(() => Date) createdAt!: Date;
}
