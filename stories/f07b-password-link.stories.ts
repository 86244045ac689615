import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F7b (Mina sidor): customer number -> mailed link -> choose password -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F7b Password link', args: { tenant: 'minasidor' } });

export const Form = meta.story(at('F7b.form'));

export const CheckInbox = meta.story(at('F7b.checkInbox'));

export const ChoosePasswordFromLink = meta.story(at('F7b.setPasswordFromLink'));

export const SignedIn = meta.story(at('F7b.signedIn'));

/** A link used before, or never issued. */
export const LinkInvalid = meta.story(at('F7b.linkFailed'));
