import { SqliteMutationSerializer } from './sqlite-mutation-serializer';

function serializer(): SqliteMutationSerializer {
  return new SqliteMutationSerializer();
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SqliteMutationSerializer.exclusive', () => {
  it('never lets two units of work overlap, and keeps their order', async () => {
    const gate = serializer();
    const events: string[] = [];
    const unit = (name: string) => async () => {
      events.push(`${name} start`);
      await tick();
      await tick();
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([gate.exclusive(unit('a')), gate.exclusive(unit('b')), gate.exclusive(unit('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('goes on with the next unit after one fails, and hands the failure to its own caller', async () => {
    const gate = serializer();
    const failing = gate.exclusive(async () => {
      throw new Error('rolled back');
    });
    const next = gate.exclusive(async () => 'committed');
    await expect(failing).rejects.toThrow('rolled back');
    await expect(next).resolves.toBe('committed');
  });
});
