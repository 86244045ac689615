import preview from '../.storybook/preview';
import { at, widgetMeta } from './support';

/** F6 (Polar Kraft): e-mail and/or mobile, delivery by e-mail or SMS -> "sent, if we know you". */
const meta = preview.meta({
  ...widgetMeta,
  title: 'Flows/F6 Forgot customer number',
  args: { tenant: 'polarkraft' },
});

export const Form = meta.story(at('F6.form'));

export const SentByEmail = meta.story(at('F6.sentByEmail'));

export const SentBySms = meta.story(at('F6.sentBySms'));
