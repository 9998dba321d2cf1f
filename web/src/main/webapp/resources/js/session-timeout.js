// The GOV.UK timeout warning: two minutes before a quiet session ends, a dialog says so and
// offers to stay logged in (a request restarts the session's clock) or to log out now. When the
// time runs out, the page logs out and shows the login screen rather than failing on the next click.
(function () {
  'use strict';
  var dialog = document.getElementById('session-timeout');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var sessionSeconds = parseInt(dialog.getAttribute('data-session-seconds'), 10);
  var warnSeconds = parseInt(dialog.getAttribute('data-warn-seconds'), 10);
  var stayUrl = dialog.getAttribute('data-stay-url');
  var loginUrl = dialog.getAttribute('data-login-url');
  var countdown = document.getElementById('session-timeout-countdown');
  var warnTimer;
  var endTimer;
  var tickTimer;
  var endsAt;

  function minutesLeftText() {
    var seconds = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    if (seconds >= 60) {
      var minutes = Math.ceil(seconds / 60);
      return minutes + (minutes === 1 ? ' minute' : ' minutes');
    }
    return seconds + (seconds === 1 ? ' second' : ' seconds');
  }

  function warn() {
    countdown.textContent = minutesLeftText();
    dialog.showModal();
    document.getElementById('session-timeout-stay').focus();
    tickTimer = window.setInterval(function () { countdown.textContent = minutesLeftText(); }, 20000);
  }

  function start(seconds, warnBefore) {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    window.clearInterval(tickTimer);
    endsAt = Date.now() + seconds * 1000;
    warnTimer = window.setTimeout(warn, Math.max(0, seconds - warnBefore) * 1000);
    // Time is up: end the session here too (the logout button posts to /logout, which shows the login page).
    endTimer = window.setTimeout(function () { document.getElementById('session-timeout-logout').click(); }, seconds * 1000);
  }

  document.getElementById('session-timeout-stay').addEventListener('click', function () {
    fetch(stayUrl, { method: 'POST', credentials: 'same-origin', redirect: 'manual' }).then(function (answer) {
      if (answer.status === 204) {
        dialog.close();
        start(sessionSeconds, warnSeconds);
      } else {
        window.location.assign(loginUrl);
      }
    }, function () { window.location.assign(loginUrl); });
  });
  dialog.addEventListener('cancel', function (event) {
    // Escape closes the warning as "stay logged in" would not: ask the server, as the button does.
    event.preventDefault();
    document.getElementById('session-timeout-stay').click();
  });

  // For the browser tests and for anyone reading the page: when the warning will come.
  window.contactPointSessionTimeout = { start: start };
  start(sessionSeconds, warnSeconds);
}());
