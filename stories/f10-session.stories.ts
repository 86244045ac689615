import preview from '../.storybook/preview';
import { api, DEMO_PASSWORD, mock, prepare, reach, widgetMeta, type Tenant } from './support';

/** F10 and the widget's own states: loading, unavailable, signed in on arrival, signing out. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F10 Session' });

/** Boot: configuration and session on their way (held here by a slow mock). */
export const Loading = meta.story({
  beforeEach: prepare((base) => mock.knobs(base, { delayMs: 10 * 60_000 }).then(() => undefined)),
  play: reach((w) => w.at('loading', { busy: true })),
});

/** The configuration could not load; "try again". */
export const Unavailable = meta.story({
  beforeEach: prepare((base) => mock.knobs(base, { fail: { getConfig: 'service_unavailable' } }).then(() => undefined)),
  play: reach((w) => w.at('unavailable')),
});

/** A session exists when the page loads: the user's name and "sign out". */
export const SignedInOnArrival = meta.story({
  beforeEach: prepare(async (base, { args }) => {
    await api(base, (args.tenant ?? 'demo') as Tenant, 'POST', '/auth/password', {
      identifier: 'anna@example.com',
      password: DEMO_PASSWORD,
    });
  }),
  play: reach((w) => w.at('signedIn')),
});

export const SigningOut = meta.story({
  play: reach(async (w) => {
    await w.signIn('anna@example.com');
    await w.at('signedIn');
    await mock.knobs(w.base, { delayMs: 10 * 60_000 });
    w.send({ type: 'signOut' });
    await w.at('signingOut', { busy: true });
  }),
});

/** Signed out: back at sign-in, also where the portal asks "existing or new customer" first (demo does). */
export const SignedOut = meta.story({
  play: reach(async (w) => {
    await w.signIn('anna@example.com');
    await w.at('signedIn');
    w.send({ type: 'signOut' });
    await w.at('signIn');
  }),
});
