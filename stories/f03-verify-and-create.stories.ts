import preview from '../.storybook/preview';
import { reach, widgetMeta, type Widget } from './support';

/** F3 (Nokas): e-mail code -> password -> phone enrolment -> SMS code -> signed in. */
const meta = preview.meta({ ...widgetMeta, title: 'Flows/F3 Verify and create user', args: { tenant: 'nokas' } });

const EMAIL = 'ny@nokas.example';

async function toSetPassword(w: Widget) {
  await w.startFlow('verifyAndCreate');
  w.send({ type: 'verifyAndCreate.submit', email: EMAIL });
  await w.at('code');
  await w.enterCode();
  await w.at('setPassword');
}

async function toSmsCode(w: Widget) {
  await toSetPassword(w);
  w.choosePassword();
  await w.at('enrolPhone');
  w.send({ type: 'phone.submit', countryCode: '+45', nationalNumber: '20123478' });
  await w.at('code');
}

export const Form = meta.story({ play: reach((w) => w.startFlow('verifyAndCreate')) });

export const EmailCode = meta.story({
  play: reach(async (w) => {
    await w.startFlow('verifyAndCreate');
    w.send({ type: 'verifyAndCreate.submit', email: EMAIL });
    await w.at('code');
  }),
});

export const SetPassword = meta.story({ play: reach(toSetPassword) });

/** Country code picker (+45 preselected for Nokas) and an 8-digit mobile number. */
export const EnrolPhone = meta.story({
  play: reach(async (w) => {
    await toSetPassword(w);
    w.choosePassword();
    await w.at('enrolPhone');
  }),
});

export const SmsCode = meta.story({ play: reach(toSmsCode) });

export const SignedIn = meta.story({
  play: reach(async (w) => {
    await toSmsCode(w);
    await w.enterCode();
    await w.at('signedIn');
  }),
});
