import { articlesMessages } from '../articles/articles.messages.ts';
import { commentsMessages } from '../comments/comments.messages.ts';
import { editorMessages } from '../editor/editor.messages.ts';
import { workflowMessages } from '../editor/workflow.messages.ts';
import { mediaMessages } from '../media/media.messages.ts';
import { settingsMessages } from '../settings/settings.messages.ts';
import { taxonomyMessages } from '../taxonomy/taxonomy.messages.ts';
import { topicsMessages } from '../editor/topics.messages.ts';
import { usersMessages } from '../users/users.messages.ts';
import { commonMessages } from './common.messages.ts';

/**
 * The English message catalogue: every string the app shows. Each screen keeps its own part
 * beside its code; a translation supplies the same keys.
 */
export const catalogue = {
  ...commonMessages,
  ...articlesMessages,
  ...editorMessages,
  ...workflowMessages,
  ...mediaMessages,
  ...commentsMessages,
  ...taxonomyMessages,
  ...topicsMessages,
  ...usersMessages,
  ...settingsMessages,
};

export type MessageKey = keyof typeof catalogue;
