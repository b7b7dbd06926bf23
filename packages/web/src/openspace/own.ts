/**
 * A phone's own interests and check-ins. Events about them reach staff only (OS-LIVE-4/7): a
 * phone learns its own from the snapshot it gets on connecting and, after that, from its acks.
 * A snapshot shared after a reveal carries no one's (ACT-1), so what was seen is kept.
 */
import type { Own } from './model.ts';

export interface OwnOverlay {
  /** topicId → marked, as acknowledged since the last snapshot that knew. */
  interests: Record<string, boolean>;
  /** slotId → session (null: walking), as acknowledged. */
  places: Record<string, string | null>;
}

export const EMPTY_OVERLAY: OwnOverlay = { interests: {}, places: {} };

/** What is known: the state's (or earlier seen) own data, with acknowledged changes on top. */
export function mergeOwn(seen: Own, overlay: OwnOverlay): Own {
  const interests = new Set(seen.interests);
  for (const [topicId, marked] of Object.entries(overlay.interests)) {
    if (marked) interests.add(topicId);
    else interests.delete(topicId);
  }
  const visited = new Set(seen.visited);
  for (const sessionId of Object.values(overlay.places)) if (sessionId) visited.add(sessionId);
  return { interests, places: { ...seen.places, ...overlay.places }, visited };
}

/**
 * Adds a newer reading of the state to what was seen. An empty reading (a shared snapshot)
 * teaches nothing; a non-empty one is the server's word and replaces what it names.
 */
export function rememberOwn(seen: Own, fresh: Own): Own {
  if (fresh.interests.size === 0 && Object.keys(fresh.places).length === 0) return seen;
  return {
    interests: fresh.interests,
    places: { ...seen.places, ...fresh.places },
    visited: new Set([...seen.visited, ...fresh.visited]),
  };
}
