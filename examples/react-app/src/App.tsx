import { useState } from 'react';
import { NordicLogin, type NlSignedInEvent } from 'nordic-login/react';
import type { User } from 'nordic-login';

const apiBase: string = import.meta.env.VITE_API_BASE;

export function App() {
  const [user, setUser] = useState<User | null>(null);

  // Typed: the prop hands over the widget's NlSignedInEvent, with the user on it.
  const signedIn = (event: NlSignedInEvent) => setUser(event.user);

  return (
    <main>
      <h1>Min side</h1>
      <p id="status" role="status">
        {user ? `Logget inn som ${user.displayName}` : 'Ikke logget inn'}
      </p>
      <NordicLogin
        apiBase={apiBase}
        lang="nb"
        configOverrides={{ links: { newCustomer: '/bli-kunde' } }}
        onSignedIn={signedIn}
        onSignedOut={() => setUser(null)}
        onStepChange={(event) => console.info('login step', event.step)}
        onError={(event) => console.info('login error', event.code)}
      />
    </main>
  );
}
