import preview from '../.storybook/preview';
import { mock, prepare, reach, returnFromIdentityProvider, widgetMeta } from './support';

/** F9 (Nokas): a button per identity provider; the backend hands the redirect. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F9 Identity provider', args: { tenant: 'nokas' } });

/** On the way to the provider (held here by a slow mock, so the story stays on this page). */
export const Redirecting = meta.story({
  play: reach(async (w) => {
    await w.signInForm();
    await mock.knobs(w.base, { delayMs: 10 * 60_000 });
    w.send({ type: 'idp.start', providerId: 'azure' });
    await w.at('redirecting', { busy: true });
  }),
});

/** Back from the provider with an error (`?nl-idp=error&nl-idp-error=idp_failed`). */
export const ReturnedWithError = meta.story({
  beforeEach: prepare(async () => returnFromIdentityProvider({ 'nl-idp': 'error', 'nl-idp-error': 'idp_failed' })),
  play: reach((w) => w.at('signIn', { when: (s) => s.context.error?.code === 'idp_failed' })),
});
