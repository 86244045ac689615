import preview from '../.storybook/preview';
import { api, followMailedLink, reach, widgetMeta } from './support';

/** F7a (Mina sidor): customer number + personal identity number + e-mail -> confirmation mail. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F7a E-mail registration', args: { tenant: 'minasidor' } });

const REGISTRATION = { customerNumber: '556677', personalNumber: '19800101-1231', email: 'kund@example.se' };

export const Form = meta.story({ play: reach((w) => w.startFlow('emailRegistration')) });

export const CheckInbox = meta.story({
  play: reach(async (w) => {
    await w.startFlow('emailRegistration');
    w.send({ type: 'emailRegistration.submit', ...REGISTRATION });
    await w.at('checkInbox');
  }),
});

/** Eva Lund has an e-mail on file: changing it is not self-service; customer service is. */
export const AlreadyRegistered = meta.story({
  play: reach(async (w) => {
    await w.startFlow('emailRegistration');
    w.send({ type: 'emailRegistration.submit', customerNumber: '445566', personalNumber: '19750505-5553', email: 'eva.ny@example.se' });
    await w.at('contactSupport');
  }),
});

/** The confirmation link opened: the first password is chosen right away. */
export const ChoosePasswordFromLink = meta.story({
  beforeEach: followMailedLink((base, tenant) => api(base, tenant, 'POST', '/registrations/email', REGISTRATION)),
  play: reach((w) => w.at('setPassword')),
});
