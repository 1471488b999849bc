import { CircuitBreaker, type CircuitBreakerSettings } from './circuit-breaker';

const SETTINGS: CircuitBreakerSettings = { windowSize: 4, minimumCalls: 3, failureRatio: 0.5, openMs: 1_000 };

function breaker(settings: CircuitBreakerSettings = SETTINGS) {
  let now = 0;
  const subject = new CircuitBreaker(settings, () => now);
  return { subject, advance: (ms: number) => (now += ms) };
}

function call(subject: CircuitBreaker, ok: boolean): boolean {
  if (!subject.tryAcquire()) return false;
  if (ok) subject.onSuccess();
  else subject.onFailure();
  return true;
}

describe('CircuitBreaker', () => {
  it('stays closed below the minimum number of calls, whatever they did', () => {
    const { subject } = breaker();
    expect(call(subject, false)).toBe(true);
    expect(call(subject, false)).toBe(true);
    expect(subject.state).toBe('CLOSED');
  });

  it('opens at the failure ratio over the window and refuses calls while open', () => {
    const { subject } = breaker();
    call(subject, true);
    call(subject, false);
    expect(subject.state).toBe('CLOSED');
    call(subject, false);
    expect(subject.state).toBe('OPEN');
    expect(subject.tryAcquire()).toBe(false);
  });

  it('forgets outcomes that left the window', () => {
    const { subject } = breaker();
    call(subject, false);
    for (let i = 0; i < 4; i += 1) call(subject, true);
    call(subject, false);
    expect(subject.state).toBe('CLOSED');
  });

  it('lets one trial through once open long enough; its success closes the breaker with a fresh window', () => {
    const { subject, advance } = breaker();
    for (let i = 0; i < 3; i += 1) call(subject, false);
    advance(999);
    expect(subject.state).toBe('OPEN');
    advance(1);
    expect(subject.state).toBe('HALF_OPEN');
    expect(subject.tryAcquire()).toBe(true);
    expect(subject.tryAcquire()).toBe(false);
    subject.onSuccess();
    expect(subject.state).toBe('CLOSED');
    call(subject, false);
    call(subject, false);
    expect(subject.state).toBe('CLOSED');
  });

  it('opens again for another period when the trial fails', () => {
    const { subject, advance } = breaker();
    for (let i = 0; i < 3; i += 1) call(subject, false);
    advance(1_000);
    expect(call(subject, false)).toBe(true);
    expect(subject.state).toBe('OPEN');
    advance(500);
    expect(subject.tryAcquire()).toBe(false);
    advance(500);
    expect(subject.tryAcquire()).toBe(true);
  });

  it('ignores late reports of calls that began before it opened', () => {
    const { subject } = breaker();
    expect(subject.tryAcquire()).toBe(true);
    for (let i = 0; i < 3; i += 1) call(subject, false);
    expect(subject.state).toBe('OPEN');
    subject.onSuccess();
    expect(subject.state).toBe('OPEN');
  });

  it('refuses settings that could never open', () => {
    expect(() => new CircuitBreaker({ ...SETTINGS, minimumCalls: 5 }, () => 0)).toThrow(RangeError);
    expect(() => new CircuitBreaker({ ...SETTINGS, failureRatio: 0 }, () => 0)).toThrow(RangeError);
  });
});
