import preview from '../.storybook/preview';
import { reach, widgetMeta } from './support';

/** F2 (HK Norge): e-mail -> one-time code -> new password -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F2 Activation', args: { tenant: 'hk' } });

const EMAIL = 'kari@hk.example';

export const Form = meta.story({ play: reach((w) => w.startFlow('activation')) });

/** "If the address is registered, a code is on its way" — the same answer either way. */
export const Code = meta.story({
  play: reach(async (w) => {
    await w.startFlow('activation');
    w.send({ type: 'activation.submit', email: EMAIL });
    await w.at('code');
  }),
});

export const SetPassword = meta.story({
  play: reach(async (w) => {
    await w.startFlow('activation');
    w.send({ type: 'activation.submit', email: EMAIL });
    await w.at('code');
    await w.enterCode();
    await w.at('setPassword');
  }),
});

export const SignedIn = meta.story({
  play: reach(async (w) => {
    await w.startFlow('activation');
    w.send({ type: 'activation.submit', email: EMAIL });
    await w.at('code');
    await w.enterCode();
    await w.at('setPassword');
    w.choosePassword();
    await w.at('signedIn');
  }),
});
