import preview from '../.storybook/preview';
import { api, followMailedLink, reach, widgetMeta } from './support';

/** F7a (Mina sidor): customer number + personal identity number + e-mail -> confirmation mail. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F7a E-mail registration', args: { tenant: 'minasidor' } });

const REGISTRATION = { customerNumber: '556677', personalNumber: '19800101-1236', email: 'kund@example.se' };

export const Form = meta.story({ play: reach((w) => w.startFlow('emailRegistration')) });

export const CheckInbox = meta.story({
  play: reach(async (w) => {
    await w.startFlow('emailRegistration');
    w.send({ type: 'emailRegistration.submit', ...REGISTRATION });
    await w.at('checkInbox');
  }),
});

/** An e-mail is already registered: changing it is not self-service; customer service is. */
export const AlreadyRegistered = meta.story({
  play: reach(async (w) => {
    await w.startFlow('emailRegistration');
    w.send({ type: 'emailRegistration.submit', ...REGISTRATION });
    await w.at('checkInbox');
    // The same customer a second time: the address is on file now.
    w.send({ type: 'back' });
    await w.signInForm();
    w.send({ type: 'flow.start', flow: 'emailRegistration' });
    await w.at('emailRegistration');
    w.send({ type: 'emailRegistration.submit', ...REGISTRATION });
    await w.at('contactSupport');
  }),
});

/** The confirmation link opened: the first password is chosen right away. */
export const ChoosePasswordFromLink = meta.story({
  beforeEach: followMailedLink((base, tenant) => api(base, tenant, 'POST', '/registrations/email', REGISTRATION)),
  play: reach((w) => w.at('setPassword')),
});
