/** What every route and use-case may reach: built once at start, passed explicitly. */

import type { LoginThrottle } from './accounts/throttle.ts';
import type { Config } from './config.ts';
import type { Db, Storage } from './db/database.ts';
import type { LiveHub } from './live/hub.ts';
import type { PubSub } from './live/pubsub.ts';

export interface AppContext {
  config: Config;
  storage: Storage;
  db: Db;
  pubsub: PubSub;
  hub: LiveHub;
  loginThrottle: LoginThrottle;
}
