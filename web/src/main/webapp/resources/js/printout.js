// When the browser starts printing, record the printout's reference (the one on the paper) in
// the audit trail: the page's path only, never its query string.
window.addEventListener('beforeprint', function () {
  var mark = document.getElementById('print-mark');
  if (!mark || !mark.dataset.reference) {
    return;
  }
  fetch(mark.dataset.api, {
    method: 'POST',
    credentials: 'same-origin',
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reference: mark.dataset.reference, page: window.location.pathname.replace(/^.*(\/[a-z]+\.xhtml)$/, '$1') })
  });
});
