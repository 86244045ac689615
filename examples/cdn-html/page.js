// What the page does when the widget signs someone in or out. The events bubble, carry
// the user (never a password or code), and fire also when a visitor is already signed in.
const login = document.querySelector('nordic-login');
const status = document.querySelector('#status');

login.addEventListener('nl-signed-in', (event) => {
  status.textContent = `Logget ind som ${event.user.displayName}`;
  // A real portal goes on to its own pages here: location.assign('/mine-sider');
});

login.addEventListener('nl-signed-out', () => {
  status.textContent = 'Logget ud';
});
