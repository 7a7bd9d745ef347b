// Paged lists on screen, by domain. SWR's key-filter mutate skips the lists of useSWRInfinite, so a
// change that makes a domain stale reloads its mounted paged lists through here as well.

const mounted = new Map<string, Set<() => Promise<unknown>>>()

/** Registers a mounted list's reload under its domain; returns the unregister function. */
export function watchPagedList(domain: string, reload: () => Promise<unknown>): () => void {
  const lists = mounted.get(domain) ?? new Set()
  lists.add(reload)
  mounted.set(domain, lists)
  return () => {
    lists.delete(reload)
    if (lists.size === 0) mounted.delete(domain)
  }
}

/** Reloads the mounted paged lists of these domains. */
export function reloadPagedLists(domains: readonly string[]): void {
  for (const domain of domains) for (const reload of mounted.get(domain) ?? []) void reload()
}
