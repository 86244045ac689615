import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F4 (Polar Kraft app): known mobile number + birth date -> SMS code -> password -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F4 Mobile registration', args: { tenant: 'polarkraft' } });

export const Form = meta.story(at('F4.form'));

export const SmsCode = meta.story(at('F4.code'));

export const SetPassword = meta.story(at('F4.setPassword'));

export const SignedIn = meta.story(at('F4.signedIn'));

/** A number the company does not know: contact customer service (the tenant's e-mail and phone). */
export const NumberNotKnown = meta.story(at('F4.contactSupport'));
