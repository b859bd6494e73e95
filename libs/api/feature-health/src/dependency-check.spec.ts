import { check, withTimeout } from './dependency-check';

describe('dependency checks', () => {
  it('counts a dependency that answers as up, with its latency', async () => {
    const result = await check(() => Promise.resolve(1));
    expect(result.status).toBe('up');
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.error).toBeUndefined();
  });

  it('gives the error code of a dependency that fails, never more of the error', async () => {
    const failure = Object.assign(new Error('connect ECONNREFUSED postgres://user:secret@db'), {
      code: 'ECONNREFUSED',
    });
    const result = await check(() => Promise.reject(failure));
    expect(result).toEqual({
      status: 'down',
      latencyMs: expect.any(Number),
      error: 'ECONNREFUSED',
    });
  });

  it('gives up on work that does not answer in time', async () => {
    await expect(withTimeout(new Promise(() => undefined), 10)).rejects.toThrow(
      'no answer within 10 ms',
    );
  });
});
