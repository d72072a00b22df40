/** UI text of the users screens. */
export const usersMessages = {
} as const;
