// Importing the package defines <nordic-login>; lit, xstate and ky come along as
// dependencies the bundler shares with the rest of the application.
import 'nordic-login';
import type { NordicLogin } from 'nordic-login';

const login = document.querySelector<NordicLogin>('nordic-login')!;
const status = document.querySelector<HTMLParagraphElement>('#status')!;

// The events are typed: `event` is an NlSignedInEvent, `event.user` a User.
login.addEventListener('nl-signed-in', (event) => {
  status.textContent = `Inloggad som ${event.user.displayName}`;
});

login.addEventListener('nl-signed-out', () => {
  status.textContent = 'Utloggad';
});

login.addEventListener('nl-error', (event) => {
  // For analytics: the widget has already told the user, in their language.
  console.info('login error', event.code);
});
