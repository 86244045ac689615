/* F11: "I am a customer" or "I want to become one" (the tenant's page for new customers). */
import { toNewCustomer } from '../../shell/navigation.js';
import { loginSetup } from '../../shell/setup.js';

export const welcome = loginSetup.createStateConfig({
  on: {
    'customer.existing': [{ guard: 'bankIdOnly', target: 'bankid' }, { target: 'signIn' }],
    'customer.new': toNewCustomer,
  },
});
