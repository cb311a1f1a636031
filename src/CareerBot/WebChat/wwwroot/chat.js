// CareerBot's chat page: gets a Direct Line token from this host, keeps the conversation for the browser session
// (a reload shows the history), refreshes the token before it expires, and renders Bot Framework Web Chat.
(function () {
  'use strict';

  var SESSION_KEY = 'careerbot.conversation';
  var REFRESH_EVERY_MS = 10 * 60 * 1000;
  var CARD = 'application/vnd.microsoft.card.adaptive';
  var config = JSON.parse(document.getElementById('careerbot-config').textContent);
  var statusLine = document.getElementById('chat-status');
  var domain = location.origin + '/v3/directline';

  function say(text) { statusLine.textContent = text; }

  function loadSession() {
    try { return JSON.parse(sessionStorage.getItem(SESSION_KEY)); } catch (e) { return null; }
  }

  function saveSession(session) {
    try { sessionStorage.setItem(SESSION_KEY, JSON.stringify(session)); } catch (e) { /* private mode: no resume */ }
  }

  function call(method, url, token) {
    var headers = { Accept: 'application/json' };
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin' }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var error = new Error((body.error && body.error.message) || ('HTTP ' + response.status));
          error.status = response.status;
          throw error;
        }
        return body;
      });
    });
  }

  function newSession() {
    return call('POST', '/api/webchat/token').then(function (issued) {
      var session = {
        conversationId: issued.conversationId,
        token: issued.token,
        userId: issued.userId,
        expiresAt: Date.now() + issued.expires_in * 1000,
        started: false
      };
      saveSession(session);
      return session;
    });
  }

  var RECONNECT_TRIES = 6;
  var notice = '';

  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // A stored conversation is resumed when the server still knows it (also after the server restarted). A server that
  // is restarting or unreachable is asked again for a while; only one that no longer knows the conversation gets a new
  // one, and the student is told so instead of silently losing the history.
  function resumeOrStart() {
    var stored = loadSession();
    if (!stored || !stored.started || stored.expiresAt - Date.now() < 60 * 1000) { return newSession(); }
    return reconnect(stored, 0);
  }

  function reconnect(stored, attempt) {
    return call('GET', domain + '/conversations/' + encodeURIComponent(stored.conversationId) + '?watermark=', stored.token)
      .then(function (conversation) {
        stored.token = conversation.token;
        stored.streamUrl = conversation.streamUrl;
        stored.expiresAt = Date.now() + conversation.expires_in * 1000;
        saveSession(stored);
        return stored;
      })
      .catch(function (error) {
        if (error.status === 401 || error.status === 403 || error.status === 404) {
          notice = config.notices.earlierEnded;
          return newSession();
        }
        if (attempt + 1 >= RECONNECT_TRIES) { throw error; }
        say(config.notices.reconnecting);
        return wait(Math.min(8000, 500 * Math.pow(2, attempt))).then(function () { return reconnect(stored, attempt + 1); });
      });
  }

  function keepTokenFresh(session) {
    setInterval(function () {
      call('POST', domain + '/tokens/refresh', session.token).then(function (refreshed) {
        session.token = refreshed.token;
        session.expiresAt = Date.now() + refreshed.expires_in * 1000;
        saveSession(session);
      }).catch(function () { /* the next reload starts a new conversation */ });
    }, REFRESH_EVERY_MS);
  }

  function focusSendBox() {
    var input = document.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
    if (input) { input.focus(); } else { setTimeout(focusSendBox, 200); }
  }

  function wireStarters(store) {
    var buttons = document.querySelectorAll('.chat-starter');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () {
        store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: button.getAttribute('data-prompt') } });
        focusSendBox();
      });
    });
  }

  // The bot sends each card with the same words as plain text for channels without cards; Web Chat shows cards,
  // so the text bubble would say everything twice. Drop it when a card's fallback text is that same text, and give
  // Web Chat the words to announce instead (its "fallback text"), or a screen reader would hear "1 attachment".
  function withoutRepeatedText(action) {
    var activity = action.payload && action.payload.activity;
    if (!activity || !activity.text || !activity.attachments) { return action; }
    var card = null;
    activity.attachments.forEach(function (a) {
      if (a.contentType === CARD && a.content && a.content.fallbackText === activity.text) { card = a.content; }
    });
    if (!card) { return action; }
    var channelData = Object.assign({}, activity.channelData, { 'webchat:fallback-text': activity.speak || card.speak || activity.text });
    var copy = Object.assign({}, activity, { text: undefined, channelData: channelData });
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: copy }) });
  }

  // "Show more" on an answer card is an Adaptive Card Action.ToggleVisibility. Web Chat has no handler for that action
  // (it logs "received unknown action"), so the page runs it before Adaptive Cards sees the click: it shows or hides
  // the elements the button controls, titles the button with the card's titleWhenOpen ("Show less", in the answer's
  // language) while they show, and tells screen readers with aria-expanded.
  var TOGGLE = 'button.ac-pushButton[aria-controls]';
  var openTitles = {};

  function noteToggleTitles(activity) {
    (activity && activity.attachments || []).forEach(function (attachment) {
      var actions = attachment.contentType === CARD && attachment.content && attachment.content.actions;
      (actions || []).forEach(function (action) {
        if (action.type === 'Action.ToggleVisibility' && action.title && action.titleWhenOpen) {
          openTitles[action.title] = action.titleWhenOpen;
        }
      });
    });
  }

  function toggleTargets(button) {
    var card = button.closest('.ac-adaptiveCard');
    return (button.getAttribute('aria-controls') || '').split(/\s+/).map(function (id) {
      return id && card ? card.querySelector('#' + CSS.escape(id)) : null;
    }).filter(Boolean);
  }

  function setTitle(button, title) {
    var label = button.querySelector('div') || button;
    label.textContent = title;
    button.setAttribute('aria-label', title);
    button.title = title;
  }

  // Adaptive Cards hides an element and the spacing before it with display: none; a container shows as a flex column.
  function setShown(element, shown) {
    element.style.display = shown ? (element.classList.contains('ac-container') ? 'flex' : '') : 'none';
    var spacing = element.previousElementSibling;
    if (spacing && spacing.classList.contains('ac-horizontal-separator')) { spacing.style.display = shown ? '' : 'none'; }
  }

  function prepareToggles(root) {
    Array.prototype.forEach.call(root.querySelectorAll(TOGGLE + ':not([data-title-closed])'), function (button) {
      var closed = button.title || button.textContent.trim();
      var targets = toggleTargets(button);
      button.setAttribute('data-title-closed', closed);
      button.setAttribute('data-title-open', openTitles[closed] || closed);
      button.setAttribute('aria-expanded', String(targets.length > 0 && targets[0].style.display !== 'none'));
      button.removeAttribute('aria-pressed'); // Web Chat marks card buttons as pressed; a disclosure is expanded instead
    });
  }

  function wireToggles(transcript) {
    new MutationObserver(function () { prepareToggles(transcript); }).observe(transcript, { childList: true, subtree: true });
    // Capturing on the document runs before Adaptive Cards' own click handler, which would hand the action to Web Chat.
    document.addEventListener('click', function (event) {
      var button = event.target instanceof Element ? event.target.closest(TOGGLE + '[data-title-closed]') : null;
      if (!button || !transcript.contains(button)) { return; }
      event.preventDefault();
      event.stopPropagation();
      var open = button.getAttribute('aria-expanded') !== 'true';
      toggleTargets(button).forEach(function (target) { setShown(target, open); });
      setTitle(button, button.getAttribute(open ? 'data-title-open' : 'data-title-closed'));
      button.setAttribute('aria-expanded', String(open));
    }, true);
  }

  // Once the student has asked something, the page's own welcome and starter buttons give way to the conversation
  // (on a phone they would leave it a sliver); the bot's buttons under each answer carry on from there.
  function startChatting() { document.body.classList.add('chatting'); }

  function render(session) {
    if (session.started) { startChatting(); }
    // The page's language goes with the start of the conversation, so the bot's welcome is in it too.
    var directLineOptions = { token: session.token, domain: domain, webSocket: true, conversationStartProperties: { locale: config.locale } };
    if (session.started) {
      directLineOptions.conversationId = session.conversationId;
      if (session.streamUrl) { directLineOptions.streamUrl = session.streamUrl; }
    }
    var directLine = window.WebChat.createDirectLine(directLineOptions);
    session.started = true;
    saveSession(session);

    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
            say(config.notices.connectFailed);
          } else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            say(notice);
          } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            noteToggleTitles(action.payload && action.payload.activity);
            action = withoutRepeatedText(action);
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            startChatting();
          }
          return next(action);
        };
      };
    });

    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: session.userId,
      locale: config.locale,
      styleOptions: config.styleOptions
    }, document.getElementById('chat'));

    wireToggles(document.getElementById('chat'));
    wireStarters(store);
    keepTokenFresh(session);
    focusSendBox();
  }

  // Inside the embed panel (an iframe), Escape never reaches the school's page: tell embed.js to close the panel.
  if (document.body.classList.contains('embedded') && window.parent !== window) {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { window.parent.postMessage({ careerbot: 'close' }, '*'); }
    });
  }

  if (!window.WebChat) {
    say(config.notices.missing);
    return;
  }

  resumeOrStart().then(render).catch(function (error) {
    say(error.status === 429 ? config.notices.busy : config.notices.unavailable);
  });
})();
