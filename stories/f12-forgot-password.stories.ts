import preview from '../.storybook/preview';
import { reach, widgetMeta, type Widget } from './support';

/** F12: identifier -> one-time code -> new password -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F12 Forgot password' });

async function toCode(w: Widget) {
  await w.startFlow('forgotPassword');
  w.send({ type: 'forgotPassword.submit', identifier: 'anna@example.com' });
  await w.at('code');
}

export const Form = meta.story({ play: reach((w) => w.startFlow('forgotPassword')) });

export const Code = meta.story({ play: reach(toCode) });

export const SetPassword = meta.story({
  play: reach(async (w) => {
    await toCode(w);
    await w.enterCode();
    await w.at('setPassword');
  }),
});

export const SignedIn = meta.story({
  play: reach(async (w) => {
    await toCode(w);
    await w.enterCode();
    await w.at('setPassword');
    w.choosePassword();
    await w.at('signedIn');
  }),
});
