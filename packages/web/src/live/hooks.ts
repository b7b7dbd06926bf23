import { useEffect, useState, useSyncExternalStore } from 'react';
import { LiveConnection, type LiveOptions, type LiveView } from './connection.ts';

/**
 * Opens a live connection for the component's lifetime. Options are read once:
 * give the component a `key` to connect with other credentials.
 */
export function useLiveConnection(options: LiveOptions): [LiveView, LiveConnection] {
  const [connection] = useState(() => new LiveConnection(options));
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  const view = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  return [view, connection];
}

/** The current time, refreshed while `active`. */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return active ? now : Date.now();
}
