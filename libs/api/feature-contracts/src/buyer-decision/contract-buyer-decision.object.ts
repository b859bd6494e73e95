import { Connection } from '@lgx/api/core/graphql';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A council of the register, as a contract buyer may be matched to it.' })
export class ContractBuyerCouncil {
  @Field(() => String, { description: 'The register code, e.g. DER.' })
  code!: string;

  @Field(() => String, { description: 'The short name, e.g. Derby.' })
  name!: string;

  @Field(() => String, { description: 'The official name, e.g. Derby City Council.' })
  officialName!: string;

  @Field(() => Boolean, { description: 'False for a former council (abolished or merged).' })
  current!: boolean;
}

@ObjectType({
  description:
    'A platform admin’s remembered decision for a buyer name: the council it is, or not a council.',
})
export class ContractBuyerDecision {
  @Field(() => String, { description: 'The name’s key: case, accents and punctuation folded.' })
  nameKey!: string;

  @Field(() => String, { description: 'The name as the notices publish it most often.' })
  buyerName!: string;

  @Field(() => ContractBuyerCouncil, {
    nullable: true,
    description: 'The council decided on; null when the buyer is not a council.',
  })
  council!: ContractBuyerCouncil | null;

  @Field(() => Boolean)
  notACouncil!: boolean;

  @Field(() => String, { nullable: true, description: 'The name of the admin who decided.' })
  decidedBy!: string | null;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => Int, { description: 'Contracting processes published under this name.' })
  processCount!: number;
}

@ObjectType()
export class ContractBuyerDecisionConnection extends Connection(
  ContractBuyerDecision,
  'ContractBuyerDecision',
) {}

@ObjectType({ description: 'What a decision (or its undoing) did to the contracting processes.' })
export class ContractBuyerDecisionOutcome {
  @Field(() => String)
  nameKey!: string;

  @Field(() => String)
  buyerName!: string;

  @Field(() => ContractBuyerDecision, {
    nullable: true,
    description: 'The decision now remembered; null after it was undone.',
  })
  decision!: ContractBuyerDecision | null;

  @Field(() => Int, { description: 'Processes whose buyer match changed.' })
  processesChanged!: number;

  @Field(() => Int, {
    description:
      'Processes left as they were because their buyer’s identifier names a council in the register (an identifier wins over a decision).',
  })
  processesMatchedByIdentifier!: number;
}
