import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class MfaEnrolment {
  @Field(() => String, { description: 'The secret, for typing into an app by hand.' })
  secret!: string;
  @Field(() => String) otpauthUri!: string;
  @Field(() => String, { description: 'The QR code of otpauthUri, as SVG.' }) qrCodeSvg!: string;
}

@ObjectType()
export class RecoveryCodes {
  @Field(() => [String], { description: 'Shown once. Each works once, instead of an app code.' })
  codes!: string[];
}
