import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setUnauthorisedHandler } from '../api/client.ts';
import type { Session, SessionUser } from '../api/types.ts';

/** The permission names of the Admin API's matrix (src/accounts/permissions.ts). */
export type Permission =
  | 'article.create' | 'article.edit.own' | 'article.edit.any' | 'article.publish.own' | 'article.publish.any'
  | 'taxonomy.read' | 'taxonomy.manage' | 'media.upload' | 'comment.moderate' | 'user.manage' | 'settings.manage' | 'token.manage';

interface SessionState {
  user: SessionUser | null;
  /** True until the first answer to "who is signed in?". */
  checking: boolean;
  /** Why the sign-in screen is showing, when it is not the first visit. */
  reason: 'signed-out' | 'expired' | null;
  can: (permission: Permission) => boolean;
  signedIn: (user: SessionUser) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Holds who is signed in; the server's answer decides, the app only hides what it may not do. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [checking, setChecking] = useState(true);
  const [reason, setReason] = useState<SessionState['reason']>(null);

  useEffect(() => {
    api<Session>('/session').then((s) => setUser(s.user), () => setUser(null)).finally(() => setChecking(false));
    setUnauthorisedHandler(() => { setUser(null); setReason('expired'); });
    return () => setUnauthorisedHandler(undefined);
  }, []);

  const can = useCallback((permission: Permission) => user?.permissions?.includes(permission) ?? false, [user]);
  const signedIn = useCallback((next: SessionUser) => { setUser(next); setReason(null); }, []);
  const signOut = useCallback(async () => {
    await api('/session', { method: 'DELETE' }).catch(() => undefined);
    setUser(null);
    setReason('signed-out');
  }, []);
  const value = useMemo(() => ({ user, checking, reason, can, signedIn, signOut }), [user, checking, reason, can, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
