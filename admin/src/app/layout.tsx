import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { usePendingCommentCount } from '../comments/pending-count.ts';
import { t, tn, type MessageKey } from '../i18n/i18n.ts';
import { useSession, type Permission } from './session.tsx';

interface NavItem {
  href: string;
  label: MessageKey;
  /** Shown when the user has any of these. */
  needs: Permission[];
}

const NAV: NavItem[] = [
  { href: '/articles', label: 'nav.articles', needs: ['article.create'] },
  { href: '/articles/new', label: 'nav.newArticle', needs: ['article.create'] },
  { href: '/media', label: 'nav.media', needs: ['media.upload'] },
  { href: '/comments', label: 'nav.comments', needs: ['comment.moderate'] },
  { href: '/sections', label: 'nav.sections', needs: ['taxonomy.manage'] },
  { href: '/tags', label: 'nav.tags', needs: ['taxonomy.manage'] },
  { href: '/authors', label: 'nav.authors', needs: ['taxonomy.manage'] },
  { href: '/users', label: 'nav.users', needs: ['user.manage'] },
  { href: '/settings', label: 'nav.settings', needs: ['settings.manage'] },
];

/** The navigation items this user may use, in order; the first is their home screen. */
export function navFor(can: (p: Permission) => boolean): NavItem[] {
  return NAV.filter((item) => item.needs.some(can));
}

/** The frame around every screen once signed in: skip link, top bar, navigation, content. */
export function Layout({ children }: { children: ReactNode }) {
  const { user, can, signOut } = useSession();
  const [location] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const pending = usePendingCommentCount();
  useEffect(() => setMenuOpen(false), [location]);
  if (!user) return null;
  const items = navFor(can);
  const current = (href: string) => location === href || (href !== '/articles' && location.startsWith(`${href}/`)) || (href === '/articles' && /^\/articles\/(?!new$)/.test(location));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="topbar">
        <button type="button" className="button menu-button" aria-expanded={menuOpen} aria-controls="nav" onClick={() => setMenuOpen((o) => !o)}>
          {t('app.menu')}
        </button>
        <span className="brand">{t('app.name')}</span>
        <a className="topbar-link" href="/" target="_blank" rel="noopener">{t('app.viewSite')}</a>
        <span className="who">{t('app.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</span>
        <Link className="topbar-link" href="/account">{t('nav.account')}</Link>
        <button type="button" className="button" onClick={() => void signOut()}>{t('app.signOut')}</button>
      </header>
      <nav id="nav" className={`sidenav${menuOpen ? ' open' : ''}`} aria-label={t('nav.label')}>
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={current(item.href) ? 'page' : undefined}>
                {t(item.label)}
                {item.href === '/comments' && pending ? <span className="nav-count"> <span aria-hidden="true">{pending}</span><span className="visually-hidden">{tn('nav.pending', pending)}</span></span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content">{children}</main>
    </div>
  );
}
