import { DeliveryFaultRegistry, NO_DELIVERY_FAULTS, parseDeliveryFaults } from './delivery-faults';

describe('parseDeliveryFaults', () => {
  it('accepts each fault', () => {
    const faults = { duplicate: 2, outOfOrder: true, dropFirst: 3, times: 4 };
    expect(parseDeliveryFaults(faults)).toEqual({ ok: true, value: faults });
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
    const plan = { duplicates: 1, holdForNext: false, dropFirst: 2 };
    expect(registry.takePlan()).toEqual(plan);
    expect(registry.current()).toEqual({ duplicate: 1, dropFirst: 2, times: 1 });
    expect(registry.takePlan()).toEqual(plan);
    expect(registry.active).toBe(false);
    expect(registry.takePlan()).toEqual(NO_DELIVERY_FAULTS);
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
