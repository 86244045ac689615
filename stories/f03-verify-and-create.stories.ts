import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F3 (Nokas): e-mail code -> password -> phone enrolment -> SMS code -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F3 Verify and create user', args: { tenant: 'nokas' } });

export const Form = meta.story(at('F3.form'));

export const EmailCode = meta.story(at('F3.code'));

export const SetPassword = meta.story(at('F3.setPassword'));

/** Country code picker (+45 preselected for Nokas) and an 8-digit mobile number. */
export const EnrolPhone = meta.story(at('F3.enrolPhone'));

export const SmsCode = meta.story(at('F3.smsCode'));

export const SignedIn = meta.story(at('F3.signedIn'));
