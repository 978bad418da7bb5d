// The setup most client tests share: a real registry behind a loopback proxy, started before the
// suite (or describe block) that calls this and stopped after it, with proxy handlers that last
// for one test only.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startRegistryProxy, type ProxyHandler, type RegistryProxy } from './proxy.js';
import { startRegistry, type AuthMode, type TestRegistry } from './registry.js';

export interface ProxiedRegistry {
  /** Adds handlers in front of the proxy's others until the current test ends. */
  useForTest(this: void, ...handlers: ProxyHandler[]): void;
}

/** `started` receives the registry and its proxy once both run (assign them to the suite's own). */
export function registryBehindProxy(
  mode: AuthMode,
  started: (servers: { registry: TestRegistry; proxy: RegistryProxy }) => void,
): ProxiedRegistry {
  let registry: TestRegistry | undefined;
  let proxy: RegistryProxy | undefined;
  let removals: (() => void)[] = [];
  beforeAll(async () => {
    registry = await startRegistry({ mode });
    proxy = await startRegistryProxy(registry.origin);
    started({ registry, proxy });
  });
  afterEach(() => {
    for (const remove of removals) remove();
    removals = [];
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });
  return {
    useForTest: (...handlers) => {
      for (const handler of handlers) removals.push(proxy!.use(handler));
    },
  };
}
