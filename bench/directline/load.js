// 200 concurrent Direct Line conversations over WebSockets against a running CareerBot: each conversation starts with
// a token from the secret, opens its stream, then asks its questions one after another; message-to-reply latency is the
// time from sending the POST to the bot's reply (replyToId = the message's id) arriving on the WebSocket.
// Students arrive over 2 s and pause between messages (think time, default 1-3 s at random, as a fast typist); think
// time 0 makes it a closed loop, everyone at once, that measures the most the machine can do instead.
// Usage: node load.js <base url> <secret> [conversations=200] [messages per conversation=10] [think ms=2000]
'use strict';
const WebSocket = require('ws');

const [baseUrl, secret, conversationsArg, messagesArg, thinkArg] = process.argv.slice(2);
const thinkMs = Number(thinkArg ?? 2000);
const rampMs = 2000;
const pause = () => new Promise(resolve => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
const conversations = Number(conversationsArg || 200);
const messagesEach = Number(messagesArg || 10);
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const questions = [
  'How much do IT service managers make?',
  'What does an IT service manager do?',
  'What education do I need to be a cyber security specialist?',
  'Who hires IT analysts?',
  'What are similar careers to computer systems engineer?',
];

// Bounded in time whatever happens: the run stops itself.
setTimeout(() => { console.log('FAIL: the load run took longer than 5 minutes'); process.exit(1); }, 300000).unref();

async function call(method, path, credential, body) {
  const response = await fetch(domain + path, {
    method,
    headers: { Authorization: 'Bearer ' + credential, 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(method + ' ' + path + ' returned ' + response.status);
  return response.json();
}

async function converse(index, latencies) {
  // Students arrive over the ramp-up (2 s when pausing), not all in the same millisecond; all 200 are still connected at once.
  if (thinkMs > 0) await new Promise(resolve => setTimeout(resolve, (index * rampMs) / conversations));
  const generated = await call('POST', '/tokens/generate', secret, { user: { id: 'dl_bench' + index } });
  const started = await call('POST', '/conversations', generated.token);
  const socket = new WebSocket(started.streamUrl);
  const waiting = new Map(); // message id -> resolve(arrival time)
  const early = new Map();   // replies that beat the POST's response: message id -> arrival time
  let welcomed;
  const welcome = new Promise(resolve => { welcomed = resolve; });
  socket.on('message', data => {
    if (data.length === 0) return; // keep-alive
    for (const activity of JSON.parse(data).activities || []) {
      if (activity.from && activity.from.role === 'user') continue;
      if (activity.type !== 'message') continue;
      const now = process.hrtime.bigint();
      if (!activity.replyToId) { welcomed(); continue; }
      const pending = waiting.get(activity.replyToId);
      if (pending) { waiting.delete(activity.replyToId); pending(now); } else if (!early.has(activity.replyToId)) { early.set(activity.replyToId, now); }
    }
  });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  await welcome;

  for (let m = 0; m < messagesEach; m++) {
    if (thinkMs > 0) await pause();
    const text = questions[(index + m) % questions.length];
    const sent = process.hrtime.bigint();
    const posted = await call('POST', '/conversations/' + started.conversationId + '/activities', started.token,
      { type: 'message', from: { id: 'dl_bench' + index }, text });
    // The reply travels in-process, so it may arrive before the POST's own response.
    const reply = early.has(posted.id)
      ? Promise.resolve(early.get(posted.id))
      : new Promise(resolve => waiting.set(posted.id, resolve));
    let timer;
    const arrived = await Promise.race([reply, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no reply in 10 s')), 10000); })]);
    clearTimeout(timer);
    early.delete(posted.id);
    latencies.push(Number(arrived - sent) / 1e6);
  }
  socket.close();
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const latencies = [];
  const began = Date.now();
  const results = await Promise.allSettled(Array.from({ length: conversations }, (_, i) => converse(i, latencies)));
  const seconds = (Date.now() - began) / 1000;
  const failed = results.filter(r => r.status === 'rejected');
  latencies.sort((a, b) => a - b);
  console.log(`think=${thinkMs}ms conversations=${conversations} messages=${latencies.length} failed_conversations=${failed.length} ` +
    `wall=${seconds.toFixed(1)}s throughput=${(latencies.length / seconds).toFixed(0)}/s`);
  console.log(`message-to-reply ms: p50=${percentile(latencies, 50).toFixed(1)} p90=${percentile(latencies, 90).toFixed(1)} ` +
    `p99=${percentile(latencies, 99).toFixed(1)} max=${latencies[latencies.length - 1].toFixed(1)}`);
  if (failed.length) console.log('first failure: ' + failed[0].reason.message);
  process.exit(failed.length ? 1 : 0);
}

main().catch(error => { console.log('FAIL: ' + error.message); process.exit(1); });
