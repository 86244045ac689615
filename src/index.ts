/**
 * nordic-login: the <nordic-login> element, its events and types. Importing this module
 * defines the tag (once per page); `nordic-login/element` has the same without defining it.
 */
import { defineNordicLogin } from './define.js';

export * from './element.js';

defineNordicLogin();
