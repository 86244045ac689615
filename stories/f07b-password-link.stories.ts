import preview from '../.storybook/preview';
import { api, followMailedLink, openLink, prepare, reach, widgetMeta } from './support';

/** F7b (Mina sidor): customer number -> mailed link -> choose password -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F7b Password link', args: { tenant: 'minasidor' } });

const requestLink = followMailedLink((base, tenant) =>
  api(base, tenant, 'POST', '/password-links', { customerNumber: '445566' }),
);

export const Form = meta.story({ play: reach((w) => w.startFlow('passwordLink')) });

export const CheckInbox = meta.story({
  play: reach(async (w) => {
    await w.startFlow('passwordLink');
    w.send({ type: 'passwordLink.submit', customerNumber: '445566' });
    await w.at('checkInbox');
  }),
});

export const ChoosePasswordFromLink = meta.story({ beforeEach: requestLink, play: reach((w) => w.at('setPassword')) });

export const SignedIn = meta.story({
  beforeEach: requestLink,
  play: reach(async (w) => {
    await w.at('setPassword');
    w.choosePassword();
    await w.at('signedIn');
  }),
});

/** A link used before, or never issued. */
export const LinkInvalid = meta.story({
  beforeEach: prepare(async () => openLink('not-a-link-we-sent')),
  play: reach((w) => w.at('linkFailed')),
});
