/** Codes raised while loading configuration (the CLI turns them into one line per problem). */
export const CONFIG_ERRORS = {
  CONFIG_INVALID: 400,
} as const;
