/** The first-run setup form (and its thank-you), drawn with the site's stylesheet. */
export interface SetupView {
  stylesheet: string;
  siteTitle: string;
  values?: { name: string; email: string };
  error?: { message: string; property?: string | undefined };
  done?: boolean;
}

export function SetupPage({ view }: { view: SetupView }) {
  const field = (id: 'name' | 'email' | 'password', label: string, type: string, autocomplete: string) => {
    const invalid = view.error?.property === id;
    return (
      <p class="form-field">
        <label for={id}>{label} <span aria-hidden="true">*</span></label>
        <input id={id} name={id} type={type} required autocomplete={autocomplete} value={id === 'password' ? undefined : view.values?.[id]}
          minLength={id === 'password' ? 8 : undefined} maxLength={id === 'password' ? 256 : 320}
          aria-invalid={invalid ? 'true' : undefined} aria-describedby={invalid ? 'setup-error' : undefined} />
      </p>
    );
  };
  return (
    <html lang="en" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`Set up ${view.siteTitle}`}</title>
        <link rel="stylesheet" href={view.stylesheet} />
      </head>
      <body>
        <main id="main" class="wrap setup">
          {view.done ? (
            <>
              <h1>Your administrator account is ready</h1>
              <p>You are signed in.</p>
              <p><a href="/admin/">Open the newsroom</a> · <a href="/">Go to the site</a></p>
            </>
          ) : (
            <>
              <h1>{`Set up ${view.siteTitle}`}</h1>
              <p>Create the first administrator. This page disappears once it is done.</p>
              {view.error ? <p id="setup-error" class="form-error" role="alert">{view.error.message}</p> : null}
              <form method="post" action="/admin/setup">
                {field('name', 'Your name', 'text', 'name')}
                {field('email', 'Email', 'email', 'email')}
                {field('password', 'Password (at least 8 characters)', 'password', 'new-password')}
                <p><button type="submit">Create administrator</button></p>
              </form>
            </>
          )}
        </main>
      </body>
    </html>
  );
}
