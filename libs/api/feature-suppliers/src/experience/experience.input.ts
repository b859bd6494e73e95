import { Field, ID, InputType, Int } from '@nestjs/graphql';

import { AttributionEnum } from './experience.object';

@InputType({ description: 'A supplier experience as written. Dates as YYYY-MM-DD.' })
export class SupplierExperienceInput {
  @Field(() => ID) supplierId!: string;
  @Field(() => String) product!: string;
  @Field(() => String, { description: 'CPV code, like 48000000-8.' }) cpvCode!: string;
  @Field(() => String) contractStart!: string;
  @Field(() => String) contractEnd!: string;
  @Field(() => String, { nullable: true }) extensionOptions?: string | null;
  @Field(() => String) valueBand!: string;
  @Field(() => String) routeToMarket!: string;
  @Field(() => String, { nullable: true, description: 'For framework routes, e.g. G-Cloud 14.' })
  frameworkName?: string | null;
  @Field(() => String, { nullable: true }) frameworkLot?: string | null;
  @Field(() => Int) ratingDelivery!: number;
  @Field(() => Int) ratingValueForMoney!: number;
  @Field(() => Int) ratingSupport!: number;
  @Field(() => Int) ratingInteroperability!: number;
  @Field(() => Int) ratingExitAndDataPortability!: number;
  @Field(() => Boolean) wouldBuyAgain!: boolean;
  @Field(() => String, { nullable: true }) whatWorked?: string | null;
  @Field(() => String, { nullable: true }) whatDidNotWork?: string | null;
  @Field(() => String, { nullable: true }) advice?: string | null;
  @Field(() => Boolean) isCurrent!: boolean;
  @Field(() => AttributionEnum) attribution!: keyof typeof AttributionEnum;
}
