'use client';
// The wrapper is a client component. On the server it renders <nordic-login> with its
// attributes (api-base, lang, config-overrides, ...), so the tag the browser upgrades
// before React hydrates already names the API.
import { useState } from 'react';
import { NordicLogin, type NlSignedInEvent } from 'nordic-login/react';

const apiBase = process.env.NEXT_PUBLIC_API_BASE ?? '/api';

export function SignIn() {
  const [status, setStatus] = useState('');
  return (
    <>
      <p id="status" role="status">
        {status}
      </p>
      <NordicLogin
        apiBase={apiBase}
        lang="nb"
        configOverrides={{ links: { newCustomer: '/bli-kunde' } }}
        onSignedIn={(event: NlSignedInEvent) => setStatus(`Logget inn som ${event.user.displayName}`)}
        onSignedOut={() => setStatus('Logget ut')}
      />
    </>
  );
}
