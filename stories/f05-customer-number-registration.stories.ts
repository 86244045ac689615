import preview from '../.storybook/preview';
import { api, NEW_PASSWORD, followMailedLink, mock, prepare, reach, widgetMeta } from './support';

/** F5 (Polar Kraft Min side): customer number + PIN + e-mail + password -> mailed link -> signed in. */
const meta = preview.meta({
  ...widgetMeta,
  title: 'Flows/F5 Customer number registration',
  args: { tenant: 'polarkraft' },
});

const REGISTRATION = { customerNumber: '100200', pin: '4321', email: 'ny.kunde@example.com', password: NEW_PASSWORD };

export const Form = meta.story({ play: reach((w) => w.startFlow('customerNumberRegistration')) });

export const CheckInbox = meta.story({
  play: reach(async (w) => {
    await w.startFlow('customerNumberRegistration');
    w.send({ type: 'customerNumberRegistration.submit', ...REGISTRATION, confirm: NEW_PASSWORD });
    await w.at('checkInbox');
  }),
});

const register = followMailedLink((base, tenant) =>
  api(base, tenant, 'POST', '/registrations/customer-number', REGISTRATION),
);

/** The mailed link opened: the widget redeems it (held here by a slow mock). */
export const OpeningTheLink = meta.story({
  beforeEach: [register, prepare(async (base) => void (await mock.knobs(base, { slow: { redeemLink: 10 * 60_000 } })))],
  play: reach((w) => w.at('redeemingLink', { busy: true })),
});

export const SignedInByTheLink = meta.story({
  beforeEach: register,
  play: reach((w) => w.at('signedIn')),
});
