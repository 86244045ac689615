import type { ReactNode } from 'react';

export const metadata = { title: 'Min side · Logg inn' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nb">
      <body>{children}</body>
    </html>
  );
}
