// What a generator Hexo holds returns, without waiting a turn for it. Hexo's
// generator registry wraps each function in bluebird's Promise.method, so even a
// synchronous generator answers with a promise; that promise is fulfilled at
// once, and bluebird (synchronous inspection, on by default) gives its value.
// Awaiting it instead resumes only once Hexo's bluebird queue has drained,
// which at that point means once every other generator has run.

/** The parts of a bluebird promise read here. */
interface Inspectable {
  isFulfilled(): boolean;
  value(): unknown;
}

function isInspectable(value: unknown): value is Inspectable {
  const candidate = value as Partial<Inspectable> | null;
  return typeof candidate?.isFulfilled === 'function' && typeof candidate.value === 'function';
}

/** The generator's output when it is already there; otherwise `pending`, to be awaited. */
export function generatorResult(returned: unknown): { ready: true; value: unknown } | { ready: false; pending: PromiseLike<unknown> } {
  if (isInspectable(returned) && returned.isFulfilled()) return { ready: true, value: returned.value() };
  const then = (returned as { then?: unknown } | null)?.then;
  if (typeof then === 'function') return { ready: false, pending: returned as PromiseLike<unknown> };
  return { ready: true, value: returned };
}
