import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { SecondFactorMethod } from './two-factor.service.js';

export const SecondFactorMethodEnum = {
  TOTP: 'TOTP',
  BACKUP_CODE: 'BACKUP_CODE',
} as const;
export type SecondFactorMethodValue = keyof typeof SecondFactorMethodEnum;
registerEnumType(SecondFactorMethodEnum, {
  name: 'SecondFactorMethod',
  description: 'What a second factor was given with.',
});

export const secondFactorMethodValue: Record<SecondFactorMethod, SecondFactorMethodValue> = {
  totp: 'TOTP',
  backup_code: 'BACKUP_CODE',
};

@ObjectType({ description: "The signed-in person's two-factor sign-in." })
export class TwoFactorStatus {
  @Field({ description: 'On: every sign-in asks for a code from the authenticator app.' })
  enabled!: boolean;

  @Field(() => Date, { nullable: true })
  enabledAt!: Date | null;

  @Field(() => Int, { description: 'Unused backup codes left (0 to 10).' })
  backupCodesRemaining!: number;

  @Field({ description: 'The account requires two-factor sign-in of every member.' })
  requiredByAccount!: boolean;
}

@ObjectType({
  description:
    'What an authenticator app needs. The secret is shown while enrolling only; Ledgerline stores it encrypted.',
})
export class TwoFactorEnrolment {
  @Field({ description: 'An `otpauth://totp/…` URL: what the QR code holds.' })
  otpauthUrl!: string;

  @Field({ description: 'The otpauth URL as a QR code: a `data:image/png;base64,…` URL.' })
  qrCodeDataUrl!: string;

  @Field({ description: 'The secret in groups of four, for typing into the app by hand.' })
  manualEntryKey!: string;
}

@ObjectType()
export class BackupCodesPayload {
  @Field(() => [String], {
    description:
      'Ten single-use codes, shown only in this answer: Ledgerline keeps just their hashes.',
  })
  backupCodes!: string[];

  @Field(() => TwoFactorStatus)
  twoFactor!: TwoFactorStatus;
}

@ObjectType()
export class DisableTwoFactorPayload {
  @Field(() => TwoFactorStatus)
  twoFactor!: TwoFactorStatus;
}

@ObjectType()
export class VerifySecondFactorPayload {
  @Field(() => SecondFactorMethodEnum)
  method!: SecondFactorMethodValue;

  @Field(() => Int, { description: 'Unused backup codes left, to warn when they run low.' })
  backupCodesRemaining!: number;
}

@InputType()
export class TwoFactorCodeInput {
  @Field({
    description:
      'The six-digit code the authenticator app shows, or (where accepted) an unused backup code such as `7kq2m-x9d4r`.',
  })
  code!: string;
}

@InputType()
export class SetAccountTwoFactorRequirementInput {
  @Field({ description: 'True: every member must use two-factor sign-in.' })
  required!: boolean;
}

@InputType({
  description:
    'Operators: whose two-factor sign-in support resets, and why (kept in the audit log).',
})
export class ResetTwoFactorInput {
  @Field({ description: 'The e-mail address the person signs in with.' })
  email!: string;

  @Field({
    description:
      'Why: the support ticket and how the person was identified. Required, at most 500 characters.',
  })
  reason!: string;
}

@ObjectType({ description: 'A two-factor sign-in that support reset.' })
export class ResetTwoFactorPayload {
  @Field()
  email!: string;

  @Field(() => Date)
  resetAt!: Date;

  @Field(() => Int, { description: 'How many of the person’s sessions were signed out.' })
  sessionsEnded!: number;
}
