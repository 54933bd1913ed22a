/** The origins the loopback page itself can have: the same port on 127.0.0.1 or localhost. */
export function loopbackOrigins(port: number): readonly string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Host headers the server answers to; anything else is a DNS-rebinding attempt or a mistake. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host !== undefined && [`127.0.0.1:${port}`, `localhost:${port}`].includes(host.toLowerCase());
}

/** True only for a WebSocket opened by the server's own page (browsers always send Origin). */
export function isLoopbackOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && loopbackOrigins(port).includes(origin.toLowerCase());
}
