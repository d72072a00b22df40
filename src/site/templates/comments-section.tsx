import { avatarPath, COMMENT_LIMITS, CommentText, type CommentNode, type CommentsView, type FieldProblem } from '../../comments/index.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { Time } from './parts.tsx';

/** What a reader typed, and what was wrong with it, when the form comes back to them. */
export interface CommentFormState {
  values: { comment: string; author: string; email: string; url: string };
  problems: FieldProblem[];
  /** A message about the whole form (duplicate, too fast, closed), already translated. */
  formError?: string;
}

/** The reply the form is set to (the no-JavaScript Reply link), if any. */
export interface ReplyTarget { id: number; name: string }

/** Everything the comments part of an article page needs. */
export interface CommentsSectionProps {
  view: CommentsView;
  /** The article's path: form action, comment page links. */
  articlePath: string;
  t: Translator;
  form?: CommentFormState | undefined;
  replyTo?: ReplyTarget | null | undefined;
}

/** The path of page `page` of an article's comments (page 1 is the article itself). */
export function commentPagePath(articlePath: string, page: number): string {
  return page <= 1 ? articlePath : `${articlePath}comment-page-${page}/`;
}

/** Comment count, threads, pages of older comments, and the "Leave a Reply" form. */
export function CommentsSection({ view, articlePath, t, form, replyTo }: CommentsSectionProps) {
  const heading = view.count === 0 ? t('commentsNone') : view.count === 1 ? t('commentsOne') : t('commentsMany', { count: view.count });
  return (
    <section class="comments" id="comments" aria-labelledby="comments-heading">
      {/* The count's wordings let site.js update the heading, in the site's language, when a comment is posted in place. */}
      <h2 id="comments-heading" class="comments-title" data-count={String(view.count)} data-one={t('commentsOne')}
        data-many={t('commentsMany', { count: '{count}' })}>{heading}</h2>
      {/* Where site.js says what became of a comment posted in place; present from the start, so it is announced. */}
      <p id="comment-status" class="visually-hidden" role="status"></p>
      {view.threads.length > 0 ? (
        <ol class="comment-list">{view.threads.map((node) => <CommentItem node={node} t={t} open={view.open} />)}</ol>
      ) : null}
      {view.pageCount > 1 ? <CommentPager view={view} articlePath={articlePath} t={t} /> : null}
      {view.open
        ? <CommentForm view={view} articlePath={articlePath} t={t} form={form} replyTo={replyTo} />
        : <ClosedNotice t={t} form={form} />}
    </section>
  );
}

/** "Comments are closed", and, for a reader whose comment came too late, what they wrote. */
function ClosedNotice({ t, form }: { t: Translator; form: CommentFormState | undefined }) {
  if (!form || form.values.comment === '') return <p class="comments-closed">{t('commentsClosed')}</p>;
  return (
    <div class="comments-closed" role="alert">
      <p>{form.formError ?? t('commentsClosed')}</p>
      <p>{t('commentNotPosted')}</p>
      <textarea class="comment-copy" readOnly rows={6} aria-label={t('fieldComment')}>{form.values.comment}</textarea>
    </div>
  );
}

/** One comment and its replies. */
export function CommentItem({ node, t, open }: { node: CommentNode; t: Translator; open: boolean }) {
  const authorId = `comment-${node.id}-author`;
  return (
    <li class={`comment depth-${node.depth + 1}${node.staff ? ' by-staff' : ''}${node.awaitingModeration ? ' is-held' : ''}`} id={`comment-${node.id}`}>
      {node.removed ? (
        <p class="comment-removed">{t('commentRemoved')}</p>
      ) : (
        <article class="comment-body" aria-labelledby={authorId}>
          <header class="comment-meta">
            <img class="avatar" src={avatarPath(node.avatarKey)} alt="" width={40} height={40} loading="lazy" decoding="async" />
            <span class="comment-author" id={authorId}>
              {node.authorUrl ? <a href={node.authorUrl} rel="nofollow ugc noopener">{node.authorName}</a> : node.authorName}
            </span>
            {node.staff ? <span class="staff-badge">{t('commentStaff')}</span> : null}
            {/* Named by its visible time (WCAG 2.5.3, label in name); the title says what the link is for. */}
            <a class="comment-permalink" href={`#comment-${node.id}`} title={t('commentPermalink')}><Time iso={node.createdAt} t={t} /></a>
          </header>
          {node.awaitingModeration ? <p class="comment-awaiting" role="status">{t('commentAwaiting')}</p> : null}
          <div class="comment-content"><CommentText text={node.text} /></div>
          {open && node.canReply && !node.awaitingModeration ? (
            <a class="comment-reply-link" href={`?replytocom=${node.id}#respond`} data-reply-to={String(node.id)} data-reply-name={node.authorName}
              aria-label={t('commentReplyTo', { name: node.authorName })}>{t('commentReply')}</a>
          ) : null}
        </article>
      )}
      {node.replies.length > 0 ? <ol class="children">{node.replies.map((child) => <CommentItem node={child} t={t} open={open} />)}</ol> : null}
    </li>
  );
}

function CommentPager({ view, articlePath, t }: { view: CommentsView; articlePath: string; t: Translator }) {
  return (
    <nav class="comment-pagination" aria-label={t('commentsPages')}>
      {view.page > 1 ? <a rel="prev" href={`${commentPagePath(articlePath, view.page - 1)}#comments`}>{t('commentsOlder')}</a> : null}
      {view.page < view.pageCount ? <a rel="next" href={`${commentPagePath(articlePath, view.page + 1)}#comments`}>{t('commentsNewer')}</a> : null}
    </nav>
  );
}

const FIELD_IDS = { text: 'comment', name: 'author', email: 'email', website: 'url' } as const;

function problemText(problem: FieldProblem, t: Translator): string {
  const key = `commentError_${problem.field}_${problem.kind}` as MessageKey;
  return t(key, { max: (problem.max ?? 0).toLocaleString(t.language) });
}

function Field({ id, label, required, problem, t, children }: {
  id: string; label: string; required: boolean; problem: FieldProblem | undefined; t: Translator; children: preact.ComponentChildren;
}) {
  return (
    <p class={`comment-form-${id}${problem ? ' has-error' : ''}`}>
      <label for={id}>{label}{required ? <> <span class="required" aria-hidden="true">*</span></> : null}</label>
      {children}
      <span class="field-error" id={`${id}-error`} aria-live="polite">{problem ? problemText(problem, t) : null}</span>
    </p>
  );
}

/** The "Leave a Reply" form: works as a plain form post; site.js enhances it in place. */
export function CommentForm({ view, articlePath, t, form, replyTo }: Omit<CommentsSectionProps, 'view'> & { view: CommentsView }) {
  const problem = (field: FieldProblem['field']) => form?.problems.find((p) => p.field === field);
  const values = form?.values ?? { comment: '', author: '', email: '', url: '' };
  const invalid = (field: FieldProblem['field']) => {
    const p = problem(field);
    return p ? { 'aria-invalid': 'true' as const } : {};
  };
  const describedBy = (field: FieldProblem['field'], extra = '') => [extra, `${FIELD_IDS[field]}-error`].filter(Boolean).join(' ');
  const hasProblems = (form?.problems.length ?? 0) > 0 || form?.formError !== undefined;
  return (
    <div id="respond" class="comment-respond" data-posted={t('commentPosted')} data-send-failed={t('commentSendFailed')}>
      <h3 id="reply-title" class="comment-reply-title">
        <span class="reply-title-text" data-default={t('leaveReply')} data-reply-template={t('leaveReplyTo', { name: '{name}' })}>
          {replyTo ? t('leaveReplyTo', { name: replyTo.name }) : t('leaveReply')}
        </span>{' '}
        <a class="cancel-reply" id="cancel-comment-reply-link" href={`${articlePath}#respond`} hidden={!replyTo}>{t('cancelReply')}</a>
      </h3>
      <form action={`${articlePath}comments`} method="post" id="commentform" class="comment-form">
        <p class="comment-notes">
          <span id="email-notes">{t('emailNotPublished')}</span>{' '}
          <span class="required-field-message">{t('requiredMarked')} <span class="required">*</span></span>
        </p>
        <div class="form-error" id="comment-form-error" role="alert" tabindex={-1}>
          {hasProblems ? (form?.formError ?? t('commentFormProblems')) : null}
        </div>
        <Field id="comment" label={t('fieldComment')} required problem={problem('text')} t={t}>
          <textarea id="comment" name="comment" cols={45} rows={8} maxLength={COMMENT_LIMITS.text} required aria-required="true"
            aria-describedby={describedBy('text')} {...invalid('text')}>{values.comment}</textarea>
        </Field>
        <Field id="author" label={t('fieldName')} required problem={problem('name')} t={t}>
          <input id="author" name="author" type="text" value={values.author} size={30} maxLength={COMMENT_LIMITS.name} autocomplete="name"
            required aria-required="true" aria-describedby={describedBy('name')} {...invalid('name')} />
        </Field>
        <Field id="email" label={t('fieldEmail')} required problem={problem('email')} t={t}>
          <input id="email" name="email" type="email" value={values.email} size={30} maxLength={COMMENT_LIMITS.email} autocomplete="email"
            required aria-required="true" aria-describedby={describedBy('email', 'email-notes')} {...invalid('email')} />
        </Field>
        <Field id="url" label={t('fieldWebsite')} required={false} problem={problem('website')} t={t}>
          <input id="url" name="url" type="url" value={values.url} size={30} maxLength={COMMENT_LIMITS.website} autocomplete="url"
            aria-describedby={describedBy('website')} {...invalid('website')} />
        </Field>
        {/* Remembering needs the script (pages are cached, so the server cannot fill the form in). */}
        <p class="comment-form-cookies-consent js-only">
          <input id="wp-comment-cookies-consent" name="remember" type="checkbox" value="yes" />{' '}
          <label for="wp-comment-cookies-consent">{t('fieldRemember')}</label>
        </p>
        {/* A trap for robots: people never see or fill it. */}
        <p class="comment-form-hp" aria-hidden="true">
          <label for="hp-contact">{t('fieldHoneypot')}</label>
          <input id="hp-contact" name="contact_website" type="text" value="" tabindex={-1} autocomplete="off" />
        </p>
        <input type="hidden" name="stamp" value={view.formStamp} />
        <input type="hidden" name="comment_parent" id="comment_parent" value={String(replyTo?.id ?? 0)} />
        <p class="form-submit"><button type="submit" class="submit">{t('postComment')}</button></p>
      </form>
    </div>
  );
}
