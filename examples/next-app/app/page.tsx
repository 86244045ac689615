import { SignIn } from './sign-in';

// A server component: the page's HTML, with the widget's tag and its attributes in it, is rendered on the server.
export default function Page() {
  return (
    <main>
      <h1>Min side</h1>
      <SignIn />
    </main>
  );
}
