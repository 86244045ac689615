/*
 * Names for the contract's shapes. Everything here is an alias of the types that
 * `npm run gen:api` generates from contract/openapi.yaml, so the contract stays the
 * single source: a change there shows up as a type error here and in the machine.
 */
import type { components, operations } from './schema.js';

type Schemas = components['schemas'];

export type TenantConfig = Schemas['TenantConfig'];
export type IdentifierKind = Schemas['IdentifierKind'];
export type IdentifierCountry = Schemas['IdentifierCountry'];
export type IdentityProvider = Schemas['IdentityProvider'];
export type PasswordPolicy = Schemas['PasswordPolicy'];
export type PasswordViolation = Schemas['PasswordViolation'];
export type CountryCode = Schemas['CountryCode'];
export type Channel = Schemas['Channel'];
export type Session = Schemas['Session'];
export type User = Schemas['User'];
export type Challenge = Schemas['Challenge'];
export type Step = Schemas['Step'];
export type SignedInStep = Schemas['SignedInStep'];
export type VerifyCodeStep = Schemas['VerifyCodeStep'];
export type EnrolPhoneStep = Schemas['EnrolPhoneStep'];
export type SetPasswordStep = Schemas['SetPasswordStep'];
export type CheckInboxStep = Schemas['CheckInboxStep'];
export type ContactSupportStep = Schemas['ContactSupportStep'];
export type BankIdDevice = Schemas['BankIdDevice'];
export type BankIdOrder = Schemas['BankIdOrder'];
export type BankIdQr = Schemas['BankIdQr'];
export type BankIdCollect = Schemas['BankIdCollect'];
export type IdentityProviderRedirect = Schemas['IdentityProviderRedirect'];
export type Problem = Schemas['Problem'];
export type ProblemCode = Schemas['ProblemCode'];
export type FieldError = Schemas['FieldError'];

export type PasswordSignInRequest = Schemas['PasswordSignInRequest'];
export type VerifyCodeRequest = Schemas['VerifyCodeRequest'];
export type PhoneNumber = Schemas['PhoneNumber'];
export type SetPasswordRequest = Schemas['SetPasswordRequest'];
export type EmailRequest = Schemas['EmailRequest'];
export type MobileRegistrationRequest = Schemas['MobileRegistrationRequest'];
export type CustomerNumberRegistrationRequest = Schemas['CustomerNumberRegistrationRequest'];
export type CustomerNumberRecoveryRequest = Schemas['CustomerNumberRecoveryRequest'];
export type EmailRegistrationRequest = Schemas['EmailRegistrationRequest'];
export type CustomerNumberRequest = Schemas['CustomerNumberRequest'];
export type IdentifierRequest = Schemas['IdentifierRequest'];
export type RedeemLinkRequest = Schemas['RedeemLinkRequest'];
export type BankIdStartRequest = Schemas['BankIdStartRequest'];
export type BankIdReturnRequest = Schemas['BankIdReturnRequest'];
export type IdentityProviderStartRequest = Schemas['IdentityProviderStartRequest'];

/** Every operationId of the contract. */
export type OperationId = keyof operations;
