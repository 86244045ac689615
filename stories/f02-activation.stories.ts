import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F2 (HK Norge): e-mail -> one-time code -> new password -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F2 Activation', args: { tenant: 'hk' } });

export const Form = meta.story(at('F2.form'));

/** "If the address is registered, a code is on its way" — the same answer either way. */
export const Code = meta.story(at('F2.code'));

export const SetPassword = meta.story(at('F2.setPassword'));

export const SignedIn = meta.story(at('F2.signedIn'));
