/* What the element, stories and tests use of the machine. */
export { loginMachine, type LoginMachine } from './login.machine.js';
export { apiActors, loginActors, type BootOutput } from './actors.js';
export { bankIdMessageKey, type BankIdMessageKey, type BankIdMessageOptions } from '../flows/bankid/bankid-messages.js';
export type * from './types.js';
