import { Connection } from '@lgx/api/core/graphql';
import { Field, Int, ObjectType } from '@nestjs/graphql';

import { ContractBuyerCouncil } from './contract-buyer-decision.object';

@ObjectType({
  description:
    'A buyer name the matcher could not match to a council for sure, waiting for a platform admin.',
})
export class UnmatchedContractBuyer {
  @Field(() => String, { description: 'The name’s key, which a decision is remembered by.' })
  nameKey!: string;

  @Field(() => String, { description: 'The name as the notices publish it most often.' })
  buyerName!: string;

  @Field(() => Int, { description: 'Unmatched contracting processes under this name.' })
  processCount!: number;

  @Field(() => [String], { description: 'A few titles of its contracts, newest first.' })
  exampleTitles!: string[];

  @Field(() => String, { nullable: true, description: 'Why the matcher was unsure.' })
  note!: string | null;

  @Field(() => [ContractBuyerCouncil], { description: 'Councils it might be, best first.' })
  candidates!: ContractBuyerCouncil[];
}

@ObjectType()
export class UnmatchedContractBuyerConnection extends Connection(
  UnmatchedContractBuyer,
  'UnmatchedContractBuyer',
) {}
