/** UI text of the taxonomy screens. */
export const taxonomyMessages = {
} as const;
