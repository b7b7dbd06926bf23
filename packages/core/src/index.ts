export * from './design/index.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './live/decide.ts';
export * from './live/join-code.ts';
export * from './live/protocol.ts';
export * from './live/room-state.ts';
export * from './live/timer.ts';
