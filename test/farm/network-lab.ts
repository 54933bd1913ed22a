import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';

// Separate "machines" for the farm test: one Linux network namespace per host, each with one
// veth cable to a switch (a bridge in a namespace of its own). Addresses are private test
// addresses that exist only inside these namespaces; nothing is routed anywhere else, and the
// test's own process (in the root namespace) reaches a host only through a Unix socket proxy.

const SUBNET = '10.231.77';
/** Absolute, because the processes it launches get a minimal PATH. */
const IP = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip'].find((path) => existsSync(path)) ?? 'ip';

export interface LabHost {
  readonly namespace: string;
  readonly address: string;
  /** argv prefix that runs a command on this host. */
  readonly exec: readonly string[];
}

function ip(...args: string[]): void {
  execFileSync(IP, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Why namespaces cannot be made here (not root, no `ip`, no CAP_SYS_ADMIN), or undefined. */
export function networkLabUnavailable(): string | undefined {
  if (process.platform !== 'linux') return 'network namespaces are Linux only';
  if (process.getuid?.() !== 0) return 'creating network namespaces needs root';
  const probe = `rfprobe${process.pid}`;
  try {
    ip('netns', 'add', probe);
    ip('netns', 'del', probe);
    return undefined;
  } catch (error) {
    return `ip netns add failed: ${(error as { stderr?: Buffer }).stderr?.toString().trim() ?? String(error)}`;
  }
}

export class NetworkLab {
  readonly #prefix = `rf${process.pid}`;
  readonly #switch = `${this.#prefix}-lan`;
  readonly #hosts: LabHost[] = [];

  constructor() {
    ip('netns', 'add', this.#switch);
    ip('-n', this.#switch, 'link', 'add', 'br0', 'type', 'bridge');
    ip('-n', this.#switch, 'link', 'set', 'br0', 'up');
  }

  /** A new host on the switch, with the next address of the test subnet. */
  host(name: string): LabHost {
    const index = this.#hosts.length + 1;
    const namespace = `${this.#prefix}-${name}`;
    const address = `${SUBNET}.${index}`;
    const outside = `${this.#prefix}s${index}`;
    ip('netns', 'add', namespace);
    ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', namespace);
    ip('link', 'set', outside, 'netns', this.#switch);
    ip('-n', this.#switch, 'link', 'set', outside, 'master', 'br0');
    ip('-n', this.#switch, 'link', 'set', outside, 'up');
    ip('-n', namespace, 'addr', 'add', `${address}/24`, 'dev', 'eth0');
    ip('-n', namespace, 'link', 'set', 'eth0', 'up');
    ip('-n', namespace, 'link', 'set', 'lo', 'up');
    const host = { namespace, address, exec: [IP, 'netns', 'exec', namespace] };
    this.#hosts.push(host);
    return host;
  }

  /** Deleting a namespace removes its end of the cable; the switch goes last. */
  destroy(): void {
    for (const { namespace } of this.#hosts.splice(0)) {
      try {
        ip('netns', 'del', namespace);
      } catch {
        // already gone
      }
    }
    try {
      ip('netns', 'del', this.#switch);
    } catch {
      // already gone
    }
  }
}

/**
 * A process on `host` that forwards a Unix socket (a file, reachable from every namespace) to
 * `port` on the host's address: the test's way in, without giving the root namespace an address.
 */
export function unixSocketProxy(host: LabHost, port: number, socketPath: string): Promise<ChildProcess> {
  const code = `
    const net = require('node:net');
    net.createServer((client) => {
      const upstream = net.connect(${port}, ${JSON.stringify(host.address)});
      client.pipe(upstream).pipe(client);
      const close = () => { client.destroy(); upstream.destroy(); };
      client.on('error', close); upstream.on('error', close);
    }).listen(${JSON.stringify(socketPath)}, () => console.log('proxy ready'));`;
  const child = spawn(host.exec[0]!, [...host.exec.slice(1), process.execPath, '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`proxy on ${host.namespace} exited with ${code}`)));
  });
}

/** `fetch`-like calls over a Unix socket, with `Authorization: Bearer <token>`. */
export function unixSocketApi(socketPath: string, token: string) {
  return (path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
    new Promise<Response>((resolve, reject) => {
      const req = request(
        {
          socketPath,
          path,
          method: init.method ?? 'GET',
          headers: { Authorization: `Bearer ${token}`, ...init.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve(
              new Response(res.statusCode === 204 ? null : Buffer.concat(chunks), { status: res.statusCode }),
            ),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
}
