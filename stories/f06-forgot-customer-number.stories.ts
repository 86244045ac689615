import preview from '../.storybook/preview';
import { reach, widgetMeta } from './support';

/** F6 (Polar Kraft): e-mail and/or mobile, delivery by e-mail or SMS -> "sent, if we know you". */
const meta = preview.meta({
  ...widgetMeta,
  title: 'Flows/F6 Forgot customer number',
  args: { tenant: 'polarkraft' },
});

export const Form = meta.story({ play: reach((w) => w.startFlow('forgotCustomerNumber')) });

export const SentByEmail = meta.story({
  play: reach(async (w) => {
    await w.startFlow('forgotCustomerNumber');
    w.send({ type: 'forgotCustomerNumber.submit', email: 'kunde@example.com', mobile: '', customerNumber: '', channel: 'email' });
    await w.at('checkInbox');
  }),
});

export const SentBySms = meta.story({
  play: reach(async (w) => {
    await w.startFlow('forgotCustomerNumber');
    w.send({ type: 'forgotCustomerNumber.submit', email: '', mobile: '+4798765432', customerNumber: '100200', channel: 'sms' });
    await w.at('checkInbox');
  }),
});
