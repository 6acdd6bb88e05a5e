/* Added by briefwright:serve to every page it serves (never to the built site): reloads the page when the site
   has been rebuilt in a way that changed it (its own file, the theme's assets, or a failed build). */
(function () {
  'use strict';
  var seen = null;
  function poll() {
    fetch('/__briefwright/version' + window.location.pathname, { cache: 'no-store' })
      .then(function (response) { return response.text(); })
      .then(function (version) {
        if (seen !== null && version !== seen) { window.location.reload(); return; }
        seen = version;
        setTimeout(poll, 250);
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
}());
