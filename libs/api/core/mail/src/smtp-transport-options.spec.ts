import { smtpTransportOptions } from './smtp-transport-options';

describe('smtpTransportOptions', () => {
  it('drops URL parameters that would log message bodies, and keeps the rest', () => {
    const options = smtpTransportOptions(
      'smtp://user:pass@smtp.example.com:587?debug=true&logger=true&transactionLog=true&requireTLS=true',
    );
    expect(options.url).toBe('smtp://user:pass@smtp.example.com:587?requireTLS=true');
    expect(options).toMatchObject({ logger: false, debug: false, connectionTimeout: 10_000 });
  });

  it('pools a few connections, closed when idle, rather than one per mail', () => {
    expect(smtpTransportOptions('smtp://127.0.0.1:1025')).toMatchObject({
      pool: true,
      maxConnections: 5,
      idleTimeout: 30_000,
    });
  });
});
