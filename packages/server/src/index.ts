export { buildApp } from './app.ts';
export { type Config, loadConfig } from './config.ts';
export { openStorage, type Storage } from './db/database.ts';
export { createCercle, type Cercle } from './server.ts';
