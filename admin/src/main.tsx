import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Route, Router, Switch } from 'wouter';
import { ForgotPasswordScreen, ResetPasswordScreen, SignInScreen } from './auth/auth-screens.tsx';
import { Layout } from './app/layout.tsx';
import { AppRoutes } from './app/routes.tsx';
import { SessionProvider, useSession } from './app/session.tsx';
import { Loading, NoticeProvider } from './ui/notices.tsx';
import './app/admin.css';

function App() {
  const { user, checking } = useSession();
  if (checking) return <Loading />;
  return (
    <Switch>
      <Route path="/forgot-password" component={ForgotPasswordScreen} />
      <Route path="/reset-password" component={ResetPasswordScreen} />
      <Route>{user ? <Layout><AppRoutes /></Layout> : <SignInScreen />}</Route>
    </Switch>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Router base="/admin">
        <NoticeProvider>
          <SessionProvider>
            <App />
          </SessionProvider>
        </NoticeProvider>
      </Router>
    </StrictMode>,
  );
}
