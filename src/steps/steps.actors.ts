/*
 * The steps' calls, bound to one ApiClient: the shell loads the steps with `withApi(api)`
 * (steps.machine.ts), and tests and stories swap any call the same way. Secrets arrive
 * sealed and are revealed only here.
 */
import { fromPromise } from 'xstate';
import type { ApiClient } from '../api/client.js';
import type { Challenge, PhoneNumber, Step } from '../api/types.js';
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

  return { verifyCode, resendCode, enrolPhone, setPassword };
}
