import { useId, useState } from 'react';
import { api } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { t } from '../i18n/i18n.ts';
import { useNotices } from '../ui/notices.tsx';
import { useResource } from '../ui/use-resource.ts';
import { problemOf, type Problem } from './workflow-forms.tsx';
import './topics.css';

interface Topic { id: number; slug: string; name: string; kind: 'person' | 'place' | 'organization'; hasPage?: boolean }
interface ArticleTopics { suggested: Topic[]; confirmed: Topic[]; rejected: Topic[] }

const topicsUrl = (slug: string) => `/articles/${encodeURIComponent(slug)}/topics`;

/**
 * The article's topics for editors (who manage topics): what extraction suggests, to confirm or
 * reject, and what was confirmed or rejected, to take back.
 */
export function TopicsPanel({ slug, revision }: { slug: string; revision: number }) {
  const { can } = useSession();
  if (!can('taxonomy.manage')) return null;
  return <Topics slug={slug} revision={revision} />;
}

function Topics({ slug, revision }: { slug: string; revision: number }) {
  const { notify } = useNotices();
  const headingId = useId();
  const topics = useResource((signal) => api<ArticleTopics>(topicsUrl(slug), { signal }), `${slug}:${revision}`);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const data = topics.data;

  async function save(confirmed: Topic[], rejected: Topic[]) {
    setBusy(true);
    setProblem(null);
    try {
      await api<ArticleTopics>(topicsUrl(slug), { method: 'PUT', body: { confirmed: confirmed.map((x) => x.slug), rejected: rejected.map((x) => x.slug) } });
      notify(t('topics.saved'));
      topics.reload();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  const without = (list: Topic[], topic: Topic) => list.filter((x) => x.id !== topic.id);
  const row = (topic: Topic, actions: { label: string; short: string; run: () => void }[]) => (
    <li key={topic.id} className="topic-item">
      <span className="topic-name">{topic.name}</span>{' '}
      <span className="muted">({t(`topics.kind.${topic.kind}`)}{topic.hasPage ? `, ${t('topics.hasPage')}` : ''})</span>
      <span className="topic-actions">
        {actions.map((a) => (
          <button key={a.short} type="button" className="button" aria-label={a.label} disabled={busy} onClick={a.run}>{a.short}</button>
        ))}
      </span>
    </li>
  );

  return (
    <section className="panel topics-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('topics.title')}</h3>
      <p className="muted">{t('topics.help')}</p>
      {topics.error ? <p className="field-error" role="alert">{topics.error.message}</p> : null}
      {problem ? <p className="field-error" role="alert">{problem.message}</p> : null}
      {data ? (
        <>
          <h4>{t('topics.suggested')}</h4>
          {data.suggested.length === 0 ? <p className="muted">{t('topics.none')}</p> : (
            <ul className="topic-list">{data.suggested.map((topic) => row(topic, [
              { label: t('topics.confirm', { name: topic.name }), short: t('topics.confirmShort'), run: () => void save([...data.confirmed, topic], data.rejected) },
              { label: t('topics.reject', { name: topic.name }), short: t('topics.rejectShort'), run: () => void save(data.confirmed, [...data.rejected, topic]) },
            ]))}</ul>
          )}
          {data.confirmed.length > 0 ? (
            <>
              <h4>{t('topics.confirmed')}</h4>
              <ul className="topic-list">{data.confirmed.map((topic) => row(topic, [
                { label: t('topics.unconfirm', { name: topic.name }), short: t('topics.unconfirmShort'), run: () => void save(without(data.confirmed, topic), data.rejected) },
              ]))}</ul>
            </>
          ) : null}
          {data.rejected.length > 0 ? (
            <>
              <h4>{t('topics.rejected')}</h4>
              <ul className="topic-list">{data.rejected.map((topic) => row(topic, [
                { label: t('topics.restore', { name: topic.name }), short: t('topics.restoreShort'), run: () => void save(data.confirmed, without(data.rejected, topic)) },
              ]))}</ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
