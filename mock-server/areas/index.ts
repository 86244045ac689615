/** Every operation of the contract, one area (tag) per file: leaving one out does not compile. */
import type { OperationHandlers } from '../operation-types.js';
import { bankIdOperations } from './bankid.js';
import { configOperations } from './config.js';
import { identityProviderOperations } from './identity-providers.js';
import { linkOperations } from './links.js';
import { passwordOperations } from './password.js';
import { recoveryOperations } from './recovery.js';
import { registrationOperations } from './registration.js';
import { sessionOperations } from './session.js';

export const operationHandlers = {
  ...configOperations,
  ...sessionOperations,
  ...passwordOperations,
  ...registrationOperations,
  ...recoveryOperations,
  ...linkOperations,
  ...bankIdOperations,
  ...identityProviderOperations,
} satisfies OperationHandlers;
