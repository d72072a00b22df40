import { lazy, Suspense, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { ArticlesScreen } from '../articles/articles-screen.tsx';
import { CommentsScreen } from '../comments/comments-screen.tsx';
import { t } from '../i18n/i18n.ts';
import { MediaScreen } from '../media/media-screen.tsx';
import { AccountScreen } from '../settings/account-screen.tsx';
import { SettingsScreen } from '../settings/settings-screen.tsx';
import { AuthorsScreen, SectionsScreen, TagsScreen } from '../taxonomy/taxonomy-screens.tsx';
import { UsersScreen } from '../users/users-screen.tsx';
import { Loading } from '../ui/notices.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { navFor } from './layout.tsx';
import { useSession, type Permission } from './session.tsx';

// The editor carries ProseMirror: loaded only when an article is opened, so the list screens stay small.
const EditorScreen = lazy(() => import('../editor/editor-screen.tsx').then((m) => ({ default: m.EditorScreen })));

function Forbidden() {
  return <><PageHeader title={t('app.forbidden')} /></>;
}

function NotFound() {
  return <><PageHeader title={t('app.notFound')} /></>;
}

/** A screen behind a permission: the server refuses anyway, this only avoids a dead end. */
function guarded(needs: Permission[], Screen: ComponentType) {
  return function Guarded() {
    const { can } = useSession();
    return needs.some(can) ? <Screen /> : <Forbidden />;
  };
}

function Home() {
  const { can } = useSession();
  const first = navFor(can)[0];
  return first ? <Redirect to={first.href} replace /> : <Redirect to="/account" replace />;
}

/** Every screen of the signed-in app, by address under /admin. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={Home} />
        <Route path="/articles" component={guarded(['article.create'], ArticlesScreen)} />
        <Route path="/articles/new" component={guarded(['article.create'], EditorScreen)} />
        <Route path="/articles/:slug" component={guarded(['article.create'], EditorScreen)} />
        <Route path="/media" component={guarded(['media.upload'], MediaScreen)} />
        <Route path="/comments" component={guarded(['comment.moderate'], CommentsScreen)} />
        <Route path="/sections" component={guarded(['taxonomy.manage'], SectionsScreen)} />
        <Route path="/tags" component={guarded(['taxonomy.manage'], TagsScreen)} />
        <Route path="/authors" component={guarded(['taxonomy.manage'], AuthorsScreen)} />
        <Route path="/users" component={guarded(['user.manage'], UsersScreen)} />
        <Route path="/settings" component={guarded(['settings.manage'], SettingsScreen)} />
        <Route path="/account" component={AccountScreen} />
        <Route path="/sign-in"><Redirect to="/" replace /></Route>
        <Route component={NotFound} />
      </Switch>
    </Suspense>
  );
}
