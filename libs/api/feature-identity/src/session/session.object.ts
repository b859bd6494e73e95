import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export const SignInStatusEnum = {
  SIGNED_IN: 'SIGNED_IN',
  MFA_REQUIRED: 'MFA_REQUIRED',
  MFA_ENROLMENT_REQUIRED: 'MFA_ENROLMENT_REQUIRED',
} as const;
registerEnumType(SignInStatusEnum, { name: 'SignInStatus' });

@ObjectType()
export class SignInResult {
  @Field(() => SignInStatusEnum) status!: keyof typeof SignInStatusEnum;
}
