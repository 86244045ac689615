/**
 * Deliberate contract violations, each switched on only by the conformance kit's own test
 * (MOCK_DEFECTS in node.ts), so that the test can prove the kit catches it.
 */
export const MOCK_DEFECTS = ['csrf-not-enforced', 'unknown-address-differs', 'qr-static', 'cookie-not-httponly', 'problem-without-code'] as const;
export type MockDefect = (typeof MOCK_DEFECTS)[number];
