// Drives a CareerBot Direct Line endpoint with the real botframework-directlinejs client:
// start, post, receive the reply over the WebSocket, refresh the token, reconnect with a watermark.
// Usage: node driver.js <base url> <direct line secret>. Prints one line per step, then "OK" (exit 0) or "FAIL: why" (exit 1).
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine } = require('botframework-directlinejs');

const [baseUrl, secret] = process.argv.slice(2);
if (!baseUrl || !secret) {
  console.log('FAIL: usage: node driver.js <base url> <secret>');
  process.exit(1);
}
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';

setTimeout(() => fail('timed out'), 60000).unref();

function fail(why) {
  console.log('FAIL: ' + why);
  process.exit(1);
}

function step(line) {
  console.log(line);
}

// Resolves with the first activity from the bot that satisfies the test (the user's own echoes are skipped).
function nextFromBot(activities, test) {
  return new Promise((resolve, reject) => {
    const subscription = activities.subscribe(
      activity => {
        if (activity.from && activity.from.role !== 'user' && test(activity)) {
          subscription.unsubscribe();
          resolve(activity);
        }
      },
      error => reject(error));
  });
}

function post(directLine, userId, text) {
  return new Promise((resolve, reject) =>
    directLine.postActivity({ type: 'message', from: { id: userId }, text }).subscribe(resolve, reject));
}

async function generateToken() {
  const response = await fetch(domain + '/tokens/generate', { method: 'POST', headers: { Authorization: 'Bearer ' + secret } });
  if (!response.ok) fail('tokens/generate returned ' + response.status);
  return response.json();
}

async function main() {
  const generated = await generateToken();
  const userId = JSON.parse(Buffer.from(generated.token.split('.')[1], 'base64url').toString()).user;

  const first = new DirectLine({ token: generated.token, domain, webSocket: true });
  const activities = first.activity$.share();
  const welcome = await nextFromBot(activities, a => a.type === 'message');
  step('STARTED ' + first.conversationId + ' welcome="' + welcome.text + '"');

  const replyPromise = nextFromBot(activities, a => a.type === 'message' && /hello from directlinejs/.test(a.text));
  const id = await post(first, userId, 'hello from directlinejs');
  const reply = await replyPromise;
  step('POSTED ' + id);
  step('REPLY "' + reply.text + '" over WebSocket');

  const refreshed = await new Promise((resolve, reject) => first.refreshToken().subscribe(resolve, reject));
  if (!refreshed || refreshed === generated.token) fail('tokens/refresh did not give a new token');
  first.token = refreshed;
  const afterRefresh = nextFromBot(activities, a => a.type === 'message' && /after refresh/.test(a.text));
  await post(first, userId, 'after refresh');
  await afterRefresh;
  step('REFRESHED token works');

  const watermark = first.watermark;
  const conversationId = first.conversationId;
  first.end();

  // While the client is away, the conversation moves on.
  const missed = await fetch(domain + '/conversations/' + conversationId + '/activities', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + refreshed, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: { id: userId }, text: 'while away' })
  });
  if (!missed.ok) fail('posting while away returned ' + missed.status);

  const second = new DirectLine({ token: refreshed, domain, conversationId, watermark, webSocket: true });
  const firstSeen = await new Promise((resolve, reject) => {
    const subscription = second.activity$.subscribe(activity => { subscription.unsubscribe(); resolve(activity); }, reject);
  });
  if (firstSeen.text !== 'while away') fail('after reconnecting at watermark ' + watermark + ' the first activity was "' + firstSeen.text + '"');
  step('RECONNECTED at watermark ' + watermark + ', first activity "' + firstSeen.text + '"');
  second.end();
  step('OK');
  process.exit(0);
}

main().catch(error => fail(error && (error.message || error.status || String(error))));
