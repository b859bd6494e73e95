import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Why a remote file could not be fetched, in words a person can act on. */
export class RemoteFileError extends Error {
  constructor(
    readonly reason: 'NOT_ALLOWED' | 'TIMEOUT' | 'TOO_LARGE' | 'FAILED',
    message: string,
  ) {
    super(message);
  }
}

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6');

/**
 * Whether an address is on the public internet: not private, loopback,
 * link-local (cloud metadata), shared, reserved, documentation or multicast.
 * IPv4 inside IPv6 (::ffff:10.0.0.1) is judged as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return !PRIVATE.check(address, 'ipv4');
  if (version !== 6) return false;
  const mapped = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]!);
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hexMapped) {
    const high = parseInt(hexMapped[1]!, 16);
    const low = parseInt(hexMapped[2]!, 16);
    return isPublicAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  return !PRIVATE.check(address, 'ipv6');
}

export interface RemoteFileOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  /** Tests only: which resolved addresses may be reached. */
  addressAllowed?: (address: string) => boolean;
}

/**
 * Fetches a small file over HTTP(S) from a public address. Addresses are
 * checked after DNS resolution, on the very address connected to (so a name
 * that resolves to an internal address, or changes between look-ups, is
 * refused), and again for every redirect.
 */
export async function fetchRemoteFile(
  address: string,
  options: RemoteFileOptions,
): Promise<Buffer> {
  const allowed = options.addressAllowed ?? isPublicAddress;
  const deadline = Date.now() + options.timeoutMs;
  let current = address;
  for (let redirects = 0; ; redirects++) {
    const result = await fetchOnce(current, options, allowed, deadline);
    if (typeof result !== 'string') return result;
    if (redirects >= (options.maxRedirects ?? 3))
      throw new RemoteFileError('FAILED', 'The address redirects too many times');
    current = result;
  }
}

function parse(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new RemoteFileError('NOT_ALLOWED', 'Enter a full web address starting with https://');
  }
  if (!['http:', 'https:'].includes(url.protocol))
    throw new RemoteFileError('NOT_ALLOWED', 'Only http and https addresses can be fetched');
  if (url.username || url.password)
    throw new RemoteFileError(
      'NOT_ALLOWED',
      'Addresses with a user name or password are not fetched',
    );
  return url;
}

const refused = (host: string) =>
  new RemoteFileError(
    'NOT_ALLOWED',
    `${host} is a private, loopback or link-local address: LGX only fetches files from the public internet`,
  );

function fetchOnce(
  address: string,
  options: RemoteFileOptions,
  allowed: (address: string) => boolean,
  deadline: number,
): Promise<Buffer | string> {
  const url = parse(address);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !allowed(host)) return Promise.reject(refused(host));

  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0)
      return reject(new RemoteFileError('TIMEOUT', 'The address took too long to answer'));
    const settle: Settle = {
      resolve: (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    };
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'GET',
        lookup: checkedLookup(allowed),
        headers: {
          'user-agent': 'LGX publiccode.yml import',
          accept: 'text/plain, application/yaml, */*',
        },
      },
      (response) => answer(response, url, options.maxBytes, () => request.destroy(), settle),
    );
    const timer = setTimeout(() => {
      request.destroy();
      reject(new RemoteFileError('TIMEOUT', 'The address took too long to answer'));
    }, remaining);
    request.on('error', (error) => {
      settle.reject(
        error instanceof RemoteFileError
          ? error
          : new RemoteFileError(
              'FAILED',
              `The address could not be reached (${(error as NodeJS.ErrnoException).code ?? 'network error'})`,
            ),
      );
    });
    request.end();
  });
}

/** Ends a fetch (and its deadline) with the file, a redirect's address or an error. */
interface Settle {
  resolve: (value: Buffer | string) => void;
  reject: (error: RemoteFileError) => void;
}

/**
 * A DNS look-up that refuses a name resolving to any address not allowed. Every
 * connection resolves through it, so the address checked is the address used.
 */
function checkedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { all: true, family: lookupOptions.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as { address: string; family: number }[];
      if (list.length === 0 || list.some((entry) => !allowed(entry.address)))
        return callback(refused(hostname), '', 0);
      if (lookupOptions.all)
        return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** A redirect gives its address; a 200 its body, up to maxBytes; anything else fails. */
function answer(
  response: http.IncomingMessage,
  url: URL,
  maxBytes: number,
  destroy: () => void,
  settle: Settle,
): void {
  const status = response.statusCode ?? 0;
  if (status >= 300 && status < 400 && response.headers.location) {
    response.resume();
    return settle.resolve(new URL(response.headers.location, url).toString());
  }
  if (status !== 200) {
    response.resume();
    return settle.reject(
      new RemoteFileError('FAILED', `The address answered with HTTP status ${status}`),
    );
  }
  const declared = Number(response.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    destroy();
    return settle.reject(tooLarge(maxBytes));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) {
      destroy();
      settle.reject(tooLarge(maxBytes));
      return;
    }
    chunks.push(chunk);
  });
  response.on('end', () => settle.resolve(Buffer.concat(chunks)));
  response.on('error', () => undefined);
}

const tooLarge = (maxBytes: number) =>
  new RemoteFileError('TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1024)} KB`);
