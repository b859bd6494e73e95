import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'A buyer name and the council a platform admin says it is.' })
export class MatchContractBuyerInput {
  @Field(() => String, { description: 'The name’s key from the list (or the name itself).' })
  nameKey!: string;

  @Field(() => String, { description: 'The register code of the council, e.g. DER.' })
  councilCode!: string;
}
