/** `fetch` on `base` with `Authorization: Bearer <token>` added to every request. */
export function bearerFetch(base: string, token: string) {
  return (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${base}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) },
    });
}
