/*
 * Fetches that record or change the requests a client sends, for the client and machine
 * tests. The mock's own endpoints are test/support/mock.ts's.
 */

/** A fetch that records each request and may change it first (per-request knobs, broken tokens). */
export function recordingFetch(change?: (request: Request) => Request | void): typeof fetch & { requests: Request[] } {
  const requests: Request[] = [];
  const wrapped = (input: RequestInfo | URL, init?: RequestInit) => {
    let request = input instanceof Request ? input : new Request(input, init);
    request = change?.(request) ?? request;
    // A copy is kept: the request's own body is used up by sending it.
    requests.push(request.clone());
    return fetch(request);
  };
  return Object.assign(wrapped, { requests });
}

/** A fetch that asks the mock to fail the matching requests with `code` (X-Mock-Fail). */
export function failingFetch(code: string, when: (request: Request) => boolean = () => true) {
  return recordingFetch((request) => {
    if (when(request)) request.headers.set('X-Mock-Fail', code);
  });
}
