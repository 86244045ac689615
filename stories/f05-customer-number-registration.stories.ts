import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F5 (Polar Kraft Min side): customer number + PIN + e-mail + password -> mailed link -> signed in. */
const meta = preview.meta({
  ...widgetMeta,
  title: 'Flows/F5 Customer number registration',
  args: { tenant: 'polarkraft' },
});

export const Form = meta.story(at('F5.form'));

export const CheckInbox = meta.story(at('F5.checkInbox'));

/** The mailed link opened: the widget redeems it (held here by a slow mock). */
export const OpeningTheLink = meta.story(at('F5.redeemingLink'));

export const SignedInByTheLink = meta.story(at('F5.signedInByLink'));
