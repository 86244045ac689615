import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F12: identifier -> one-time code -> new password -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F12 Forgot password' });

export const Form = meta.story(at('F12.form'));

export const Code = meta.story(at('F12.code'));

export const SetPassword = meta.story(at('F12.setPassword'));

export const SignedIn = meta.story(at('F12.signedIn'));
