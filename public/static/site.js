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
