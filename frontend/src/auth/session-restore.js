// A reload (or a new tab) of a signed-in page: ask for a new access token (POST /api/auth/refresh with
// the HttpOnly refresh cookie) while the app's own scripts are still downloading and being evaluated.
// index.html runs it as soon as it is loaded, before the app's module script is evaluated; the app
// takes the answer over (src/graphql/client.ts, `window.__sitewatchRefresh`). The same Web Lock as the
// app's refreshes: two tabs never present one refresh token twice. Not on the login page, which may
// carry a message about the session. A plain script (no module; the build only
// gives it a hashed name, vite.config.ts): see src/auth/restore.ts.
;(function () {
  try {
    if (localStorage.getItem('sitewatch.session') !== '1' || location.pathname.indexOf('/login') === 0) return
  } catch (error) {
    return
  }
  if (!window.fetch || !window.Promise) return
  function post() {
    return fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' }).then(function (response) {
      return response.json().then(function (body) {
        return { ok: response.ok, status: response.status, body: body }
      })
    })
  }
  var locks = navigator.locks
  // The answer is handed over as soon as it is read, not when the lock's release comes back (≈ 50 ms later
  // with a 4× slower CPU): the cookie is already rotated by then, and the lock is held until it is read.
  window.__sitewatchRefresh = new Promise(function (resolve, reject) {
    function run() {
      var answer = post()
      answer.then(resolve, reject)
      return answer
    }
    if (locks) locks.request('sitewatch-token-refresh', run).catch(reject)
    else run()
  })
  // the app reports failures itself; keep an unconsumed rejection quiet
  window.__sitewatchRefresh.catch(function () {})
})()
