/*
 * The calls of the flows' forms and of the steps after them, bound to one ApiClient: the shell loads the steps with `withApi(api)`
 * (steps.machine.ts), and tests and stories swap any call the same way. Secrets arrive
 * sealed and are revealed only here.
 */
import { fromPromise } from 'xstate';
import type { ApiClient } from '../api/client.js';
import type {
  Challenge,
  CustomerNumberRecoveryRequest,
  EmailRegistrationRequest,
  MobileRegistrationRequest,
  PhoneNumber,
  Step,
} from '../api/types.js';
import type { Secret } from '../shell/secret.js';

export function stepsActors(api: ApiClient) {
  const verifyCode = fromPromise<Step, { flowId: string; code: Secret }>(({ input, signal }) =>
    api.verifyCode(input.flowId, { code: input.code.reveal() }, { signal }),
  );

  const resendCode = fromPromise<Challenge, { flowId: string }>(({ input, signal }) => api.resendCode(input.flowId, { signal }));

  const enrolPhone = fromPromise<Step, { flowId: string; phone: PhoneNumber }>(({ input, signal }) =>
    api.enrolPhone(input.flowId, input.phone, { signal }),
  );

  const setPassword = fromPromise<Step, { flowId: string; password: Secret }>(({ input, signal }) =>
    api.setPassword(input.flowId, { password: input.password.reveal() }, { signal }),
  );


  const startActivation = fromPromise<Step, { email: string }>(({ input, signal }) =>
    api.startActivation({ email: input.email }, { signal }),
  );

  const startVerification = fromPromise<Step, { email: string }>(({ input, signal }) =>
    api.startVerification({ email: input.email }, { signal }),
  );

  const registerWithMobile = fromPromise<Step, { body: MobileRegistrationRequest }>(({ input, signal }) =>
    api.registerWithMobile(input.body, { signal }),
  );

  const registerWithCustomerNumber = fromPromise<
    Step,
    { customerNumber: string; email: string; pin: Secret; password: Secret }
  >(({ input, signal }) =>
    api.registerWithCustomerNumber(
      { customerNumber: input.customerNumber, email: input.email, pin: input.pin.reveal(), password: input.password.reveal() },
      { signal },
    ),
  );

  const recoverCustomerNumber = fromPromise<Step, { body: CustomerNumberRecoveryRequest }>(({ input, signal }) =>
    api.recoverCustomerNumber(input.body, { signal }),
  );

  const registerEmail = fromPromise<Step, { body: EmailRegistrationRequest }>(({ input, signal }) =>
    api.registerEmail(input.body, { signal }),
  );

  const requestPasswordLink = fromPromise<Step, { customerNumber: string }>(({ input, signal }) =>
    api.requestPasswordLink({ customerNumber: input.customerNumber }, { signal }),
  );

  const startPasswordReset = fromPromise<Step, { identifier: string }>(({ input, signal }) =>
    api.startPasswordReset({ identifier: input.identifier }, { signal }),
  );

  return {
    verifyCode,
    resendCode,
    enrolPhone,
    setPassword,
    startActivation,
    startVerification,
    registerWithMobile,
    registerWithCustomerNumber,
    recoverCustomerNumber,
    registerEmail,
    requestPasswordLink,
    startPasswordReset,
  };
}
