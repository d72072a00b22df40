// Progressive enhancement only: every page works without this file.
(function () {
  var doc = document.documentElement;
  doc.classList.add('js');
  var button = document.querySelector('.back-to-top');
  if (!button) return;
  var reduce = window.matchMedia('(prefers-reduced-motion: reduce)');
  var ticking = false;
  function update() {
    ticking = false;
    button.classList.toggle('is-visible', window.scrollY > window.innerHeight * 0.75);
  }
  window.addEventListener('scroll', function () {
    if (!ticking) { ticking = true; window.requestAnimationFrame(update); }
  }, { passive: true });
  update();
  button.addEventListener('click', function (event) {
    event.preventDefault();
    window.scrollTo({ top: 0, behavior: reduce.matches ? 'auto' : 'smooth' });
    // Move keyboard focus back to the start without a second jump.
    var skip = document.querySelector('.skip-link');
    if (skip) skip.focus({ preventScroll: true });
    if (window.history && window.history.replaceState) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  });
})();

// Comments: reply and post in place; details kept in localStorage (pages are cached: no cookie).
(function () {
  var form = document.getElementById('commentform');
  if (!form) return;
  var $ = document.getElementById.bind(document), respond = $('respond'), section = $('comments'), heading = $('comments-heading');
  var title = respond.querySelector('.reply-title-text'), cancel = $('cancel-comment-reply-link'), formError = $('comment-form-error');
  var FIELDS = { text: 'comment', name: 'author', email: 'email', website: 'url' }, KEPT = ['author', 'email', 'url'], KEY = 'dateline-commenter';

  function replyTo(id, name, body) {
    form.comment_parent.value = id;
    cancel.hidden = !body;
    title.textContent = body ? title.dataset.replyTemplate.split('{name}').join(name) : title.dataset.default;
    body ? body.after(respond) : section.append(respond);
    form.comment.focus();
  }
  function showError(error) {
    var field = error && form[FIELDS[error.property]];
    if (!field) return void (formError.textContent = error && error.message || respond.dataset.sendFailed);
    field.setAttribute('aria-invalid', true);
    field.parentNode.classList.add('has-error');
    $(field.id + '-error').textContent = error.message;
    field.focus();
  }
  function posted(reply) {
    try {
      form.remember.checked ? localStorage.setItem(KEY, JSON.stringify(KEPT.map(function (id) { return form[id].value; }))) : localStorage.removeItem(KEY);
    } catch (e) { /* storage blocked */ }
    form.comment.value = '';
    replyTo(0);
    var made = document.createElement('template'), host = $('comment-' + reply.parentId) || section;
    made.innerHTML = reply.html; // rendered and escaped by the server
    var item = made.content.firstElementChild, list = host.querySelector(':scope>ol');
    if (!list) {
      list = host.insertBefore(document.createElement('ol'), host == section ? respond : null);
      list.className = host == section ? 'comment-list' : 'children';
    }
    list.append(item);
    if (reply.status == 'approved') {
      var count = ++heading.dataset.count;
      heading.textContent = count == 1 ? heading.dataset.one : heading.dataset.many.replace('{count}', count);
    }
    var held = item.querySelector('.comment-awaiting');
    $('comment-status').textContent = held ? held.textContent : respond.dataset.posted;
    item.tabIndex = -1;
    item.focus();
  }

  try {
    var kept = JSON.parse(localStorage.getItem(KEY));
    KEPT.forEach(function (id, i) { form[id].value = form[id].value || kept[i] || ''; });
    form.remember.checked = true;
  } catch (e) { /* nothing kept */ }

  section.addEventListener('click', function (event) {
    var link = event.target.closest('.comment-reply-link, #cancel-comment-reply-link');
    if (!link) return;
    event.preventDefault();
    link == cancel ? replyTo(0) : replyTo(link.dataset.replyTo, link.dataset.replyName, link.closest('.comment-body'));
  });

  // Fired only once the browser's own field checks have passed.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    // Disabled, it also stops Enter in a field sending a second copy.
    form.querySelector('.submit').disabled = true;
    formError.textContent = '';
    form.querySelectorAll('.has-error').forEach(function (p) {
      p.classList.remove('has-error');
      p.querySelector('[aria-invalid]').removeAttribute('aria-invalid');
      p.querySelector('.field-error').textContent = '';
    });
    fetch(form.action, {
      // Sent urlencoded, as the plain form is.
      method: 'POST', body: new URLSearchParams(new FormData(form)), headers: { Accept: 'application/json' },
    }).then(function (response) {
      return response.json().then(function (reply) { response.status == 201 ? posted(reply) : showError(reply.error); });
    }).catch(function () { showError(); }).then(function () { form.querySelector('.submit').disabled = false; });
  });
})();
