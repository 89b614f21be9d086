/** Ends every switch over a closed union: adding a member without handling it fails the type check. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
