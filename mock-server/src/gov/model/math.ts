/**
 * The Math functions the generator calls, read from the global once. Under jest every read of a global such as
 * `Math` passes through the vm context's interceptor (about 100 ns, and it keeps V8 from optimising the loop),
 * which made the 20,000-enterprise statistical test take half a minute; the hot paths import them from here.
 */
export const { PI, ceil, cos, exp, floor, imul, log, log1p, max, min, round, sqrt } = Math;
