import { Field, InputType } from '@nestjs/graphql';

@InputType({
  description: 'A supplier as typed: Companies House number like 01234567 or SC123456.',
})
export class SupplierInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) companyNumber?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) productsAndServices?: string | null;
  @Field(() => [String], { nullable: true, description: 'CPV codes, like 72000000-5.' })
  cpvCodes?: string[] | null;
}
