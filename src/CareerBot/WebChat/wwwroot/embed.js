// CareerBot embed: <script src="https://your-host/embed.js" data-title="Ask about careers" data-color="#0b5cab" async></script>
// Adds a launcher button and a chat panel (an iframe of the CareerBot page) to the page. The iframe loads on first open.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__careerBotEmbedded) { return; }
  window.__careerBotEmbedded = true;

  var origin = new URL(script.src, location.href).origin;
  var title = script.getAttribute('data-title') || 'Ask about careers';
  var color = /^#[0-9a-fA-F]{3,8}$/.test(script.getAttribute('data-color') || '') ? script.getAttribute('data-color') : '#0b5cab';
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';

  function styled(tag, styles) {
    var element = document.createElement(tag);
    Object.keys(styles).forEach(function (name) { element.style[name] = styles[name]; });
    return element;
  }

  var launcher = styled('button', {
    position: 'fixed', bottom: '1.25rem', zIndex: '2147483000', padding: '.75rem 1.1rem', border: '0',
    borderRadius: '1.5rem', background: color, color: '#fff', font: '600 1rem system-ui, sans-serif',
    boxShadow: '0 2px 10px rgba(0,0,0,.25)', cursor: 'pointer'
  });
  launcher.style[side] = '1.25rem';
  launcher.type = 'button';
  launcher.id = 'careerbot-launcher';
  launcher.textContent = title;
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'careerbot-panel');

  var panel = styled('div', {
    position: 'fixed', bottom: '5rem', zIndex: '2147483001', width: 'min(24rem, calc(100vw - 2rem))',
    height: 'min(36rem, calc(100vh - 7rem))', display: 'none', flexDirection: 'column', background: '#fff',
    borderRadius: '.75rem', overflow: 'hidden', boxShadow: '0 4px 24px rgba(0,0,0,.3)'
  });
  panel.style[side] = '1.25rem';

  // On a phone the panel takes the whole screen, so the conversation is not a strip above the school's page. Set
  // through the style object, which a school's Content-Security-Policy allows where a <style> element may not be.
  var phone = window.matchMedia ? window.matchMedia('(max-width: 480px)') : null;
  function fitScreen() {
    var full = !!(phone && phone.matches);
    panel.style.width = full ? '100%' : 'min(24rem, calc(100vw - 2rem))';
    panel.style.height = full ? '100%' : 'min(36rem, calc(100vh - 7rem))';
    panel.style.bottom = full ? '0' : '5rem';
    panel.style[side] = full ? '0' : '1.25rem';
    panel.style.borderRadius = full ? '0' : '.75rem';
  }
  fitScreen();
  if (phone && phone.addEventListener) { phone.addEventListener('change', fitScreen); }
  panel.id = 'careerbot-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);

  var bar = styled('div', {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '.5rem .75rem',
    background: color, color: '#fff', font: '600 1rem system-ui, sans-serif'
  });
  var heading = document.createElement('span');
  heading.textContent = title;
  var close = styled('button', { border: '0', background: 'transparent', color: '#fff', fontSize: '1.4rem', cursor: 'pointer', lineHeight: '1' });
  close.type = 'button';
  close.id = 'careerbot-close';
  close.setAttribute('aria-label', 'Close the chat');
  close.textContent = '\u00d7';
  bar.appendChild(heading);
  bar.appendChild(close);
  panel.appendChild(bar);

  var frame = null;
  var ready = false;
  var READY_WITHIN_MS = 10000;

  // The browser shows its own error page in the frame when this site is not among CareerBot's allowed origins (or the
  // server is down); a student gets a sentence instead, and the site's administrator a hint in the console.
  function showUnavailable() {
    if (ready || !frame) { return; }
    frame.remove();
    var note = styled('p', { margin: '1rem', font: '1rem system-ui, sans-serif', color: '#222' });
    note.id = 'careerbot-unavailable';
    note.setAttribute('role', 'alert');
    note.textContent = 'The career chat is not available here right now. Please try again later.';
    panel.appendChild(note);
    if (window.console) {
      window.console.warn('CareerBot: the chat did not load. Is ' + location.origin + ' in Embed:AllowedOrigins on ' + origin + '?');
    }
  }

  function open() {
    if (!frame) {
      frame = styled('iframe', { flex: '1', width: '100%', border: '0' });
      frame.id = 'careerbot-frame';
      frame.title = title;
      frame.src = origin + '/?embed=1';
      frame.setAttribute('allow', 'clipboard-write');
      panel.appendChild(frame);
      setTimeout(showUnavailable, READY_WITHIN_MS);
    }
    panel.style.display = 'flex';
    launcher.setAttribute('aria-expanded', 'true');
    if (frame.isConnected) { frame.focus(); }
  }

  function hide() {
    panel.style.display = 'none';
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', function () { return panel.style.display === 'none' ? open() : hide(); });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') { hide(); } });
  // Escape pressed inside the chat frame arrives as a message from the chat's own origin.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data) { return; }
    if (event.data.careerbot === 'ready') { ready = true; }
    if (event.data.careerbot === 'close' && panel.style.display !== 'none') { hide(); }
  });

  function attach() {
    document.body.appendChild(panel);
    document.body.appendChild(launcher);
  }

  if (document.body) { attach(); } else { document.addEventListener('DOMContentLoaded', attach); }
})();
