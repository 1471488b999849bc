import { DeliveryFaultRegistry, NO_DELIVERY_FAULTS, parseDeliveryFaults } from './delivery-faults';

describe('parseDeliveryFaults', () => {
  it('accepts each fault', () => {
    const faults = { duplicate: 2, outOfOrder: true, dropFirst: 3, times: 4 };
    expect(parseDeliveryFaults(faults)).toEqual({ ok: true, value: faults });
    const more = { delayMs: 1500, drop: true, replay: 1, wrongSignature: 2, staleTimestamp: 1, rate: 0.2 };
    expect(parseDeliveryFaults(more)).toEqual({ ok: true, value: more });
  });

  it('names bad values of the delay, drop, replay, signing and rate knobs', () => {
    const parsed = parseDeliveryFaults({ delayMs: 600_001, drop: 1, replay: 11, wrongSignature: 21, staleTimestamp: 1.5, rate: 2 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fields.map((error) => error.field).sort()).toEqual(['delayMs', 'drop', 'rate', 'replay', 'staleTimestamp', 'wrongSignature']);
    expect(parsed.fields.find((error) => error.field === 'rate')?.message).toBe('生效比例必须是 0–1 之间的数');
  });

  it('names every bad field in Chinese', () => {
    const parsed = parseDeliveryFaults({ duplicate: 11, outOfOrder: 'yes', dropFirst: -1, times: 0, extra: 1 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fields.map((error) => error.field).sort()).toEqual(['dropFirst', 'duplicate', 'extra', 'outOfOrder', 'times']);
    expect(parsed.fields.find((error) => error.field === 'outOfOrder')?.message).toBe('乱序投递必须是 true 或 false');
  });

  it('rejects settings that change nothing, and non-objects', () => {
    expect(parseDeliveryFaults({ duplicate: 0, times: 3 })).toMatchObject({ ok: false, fields: [{ field: 'body' }] });
    expect(parseDeliveryFaults({ drop: false, rate: 1 })).toMatchObject({ ok: false, fields: [{ field: 'body' }] });
    expect(parseDeliveryFaults([])).toMatchObject({ ok: false, fields: [{ field: 'body' }] });
  });
});

describe('DeliveryFaultRegistry', () => {
  it('plans no faults when none are set', () => {
    expect(new DeliveryFaultRegistry().takePlan()).toEqual(NO_DELIVERY_FAULTS);
  });

  it('applies the faults to the next `times` deliveries only', () => {
    const registry = new DeliveryFaultRegistry();
    registry.set({ duplicate: 1, dropFirst: 2, times: 2 });
    const plan = { ...NO_DELIVERY_FAULTS, duplicates: 1, dropFirst: 2 };
    expect(registry.takePlan()).toEqual(plan);
    expect(registry.current()).toEqual({ duplicate: 1, dropFirst: 2, times: 1 });
    expect(registry.takePlan()).toEqual(plan);
    expect(registry.active).toBe(false);
    expect(registry.takePlan()).toEqual(NO_DELIVERY_FAULTS);
  });

  it('maps every knob into the plan', () => {
    const registry = new DeliveryFaultRegistry();
    registry.set({ delayMs: 5, drop: true, replay: 2, outOfOrder: true, wrongSignature: 1, staleTimestamp: 3 });
    expect(registry.takePlan()).toEqual({
      delayMs: 5,
      lose: true,
      duplicates: 0,
      replays: 2,
      holdForNext: true,
      dropFirst: 0,
      wrongSignatureFirst: 1,
      staleTimestampFirst: 3,
    });
  });

  it('applies the faults to the share `rate` of deliveries, drawn from the seeded source, each counting towards `times`', () => {
    const draws = [0.1, 0.5, 0.29, 0.3];
    const registry = new DeliveryFaultRegistry(() => draws.shift() ?? 1);
    registry.set({ duplicate: 1, rate: 0.3, times: 4 });
    const plans = [1, 2, 3, 4].map(() => registry.takePlan().duplicates);
    expect(plans).toEqual([1, 0, 1, 0]);
    expect(registry.active).toBe(false);
  });

  it('keeps unlimited faults until cleared', () => {
    const registry = new DeliveryFaultRegistry();
    registry.set({ outOfOrder: true });
    registry.takePlan();
    registry.takePlan();
    expect(registry.current()).toEqual({ outOfOrder: true });
    expect(registry.clear()).toBe(true);
    expect(registry.clear()).toBe(false);
  });
});
