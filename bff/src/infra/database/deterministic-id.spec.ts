import { seedId, UUID_PATTERN, uuidV5 } from './deterministic-id';

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector', () => {
    // DNS namespace, "www.example.com" (RFC 9562 appendix A.4)
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('derives stable, distinct seed ids', () => {
    expect(seedId('product', 'p1')).toBe(seedId('product', 'p1'));
    expect(seedId('product', 'p1')).not.toBe(seedId('institution', 'p1'));
    expect(seedId('product', 'p1')).toMatch(UUID_PATTERN);
  });
});
