import preview from '../.storybook/preview';
import { reach, widgetMeta, type Widget } from './support';

/** F4 (Polar Kraft app): known mobile number + birth date -> SMS code -> password -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F4 Mobile registration', args: { tenant: 'polarkraft' } });

async function toCode(w: Widget) {
  await w.startFlow('mobileRegistration');
  w.send({ type: 'mobileRegistration.submit', countryCode: '+47', nationalNumber: '98765432', birthDate: '1985-04-12' });
  await w.at('code');
}

export const Form = meta.story({ play: reach((w) => w.startFlow('mobileRegistration')) });

export const SmsCode = meta.story({ play: reach(toCode) });

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

/** A number the company does not know: contact customer service (the tenant's e-mail and phone). */
export const NumberNotKnown = meta.story({
  play: reach(async (w) => {
    await w.startFlow('mobileRegistration');
    w.send({ type: 'mobileRegistration.submit', countryCode: '+47', nationalNumber: '41234567', birthDate: '1990-01-01' });
    await w.at('contactSupport');
  }),
});
