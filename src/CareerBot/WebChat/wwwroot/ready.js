// Runs first, before Web Chat's large bundle: tells embed.js on the school's page that the chat page really loaded in
// its frame (a site not allowed to frame it gets the browser's error page instead, and this never runs).
(function () {
  'use strict';
  if (window.parent !== window) { window.parent.postMessage({ careerbot: 'ready' }, '*'); }
})();
