/** Configuration: the schema (the operator's reference) and the one loader. */
export { loadConfig } from './config.loader.ts';
export { CONFIG_ERRORS } from './config.errors.ts';
export { ConfigSchema, CONFIG_SOURCES, type Config } from './config.schema.ts';
