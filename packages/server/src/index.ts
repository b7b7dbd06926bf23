export { buildApp } from './app.ts';
export { type Config, loadConfig } from './config.ts';
export { openStorage, type Storage } from './db/database.ts';
export { type Cercle, createCercle } from './server.ts';
