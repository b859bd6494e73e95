import { Connection, CpvCategory } from '@lgx/api/core/graphql';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A company councils buy from.' })
export class Supplier {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Companies House number, e.g. SC123456.' })
  companyNumber!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String) productsAndServices!: string;
  @Field(() => [CpvCategory]) categories!: CpvCategory[];
  @Field(() => Boolean, {
    description:
      'False for an entry LGX made from a public contract notice that no moderator has checked yet.',
  })
  verified!: boolean;
}

@ObjectType()
export class SupplierConnection extends Connection(Supplier, 'Supplier') {}
