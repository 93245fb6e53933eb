#!/usr/bin/env node
// A whole conversation driven from Node with @iop-chat/core, no browser: a question and its
// answer, the self-check to a result, a contact request delivered to a local lead receiver, and a
// crisis. It prints the transcript as a visitor would read it (text only) and the analytics
// events (ids and outcomes only). Run: npm run build && node examples/headless/conversation.mjs
import { createServer } from 'node:http';
import {
  answerToText,
  createConversation,
  crisisReply,
  currentChoices,
  currentQuestion,
  disclosureText,
  getCrisisPack,
  memoryStorage,
  resourcesFor,
} from '@iop-chat/core';
import { knowledge } from '@iop-chat/knowledge';

// A local lead receiver that deduplicates by Idempotency-Key, like a real one should.
const received = new Map();
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || typeof key !== 'string') return void res.writeHead(400).end();
    const duplicate = received.has(key);
    if (!duplicate) received.set(key, JSON.parse(body));
    res.writeHead(duplicate ? 200 : 201, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${server.address().port}/api/leads`;

const events = [];
const chat = createConversation({
  knowledge,
  storage: memoryStorage(),
  config: {
    center: {
      name: 'Cedar Grove Recovery',
      phone: '(555) 010-0199',
      hours: 'Mon-Fri 8am-6pm',
      timeZone: 'America/Chicago',
      insurance: ['Aetna', 'Blue Cross Blue Shield', 'Medicaid'],
    },
    leadEndpoint: endpoint,
    onEvent: (event) => events.push(event),
  },
});
const { config, questionnaire } = chat;
const pack = getCrisisPack(config.crisisCountry);
const title = (id) => chat.knowledge.entries.get(id)?.title ?? id;

function show(item) {
  switch (item.type) {
    case 'greeting':
      return `BOT  ${disclosureText(config.strings, config.center.name, config.crisisCountry)}`;
    case 'visitor-text':
      return `YOU  ${item.text}`;
    case 'visitor-choice':
      return `YOU  [${item.choice.kind === 'option' ? item.choice.optionIds.join(', ') : item.choice.kind === 'topic' ? title(item.choice.id) : item.choice.id}]`;
    case 'answer': {
      const entry = chat.knowledge.entries.get(item.entryId);
      return `BOT  (${item.entryId})\n${answerToText(entry?.answer ?? [], config.center, config.strings).replace(/^/gm, '     ')}`;
    }
    case 'clarify':
      return `BOT  Did you mean: ${item.candidates.map(title).join(' / ')}?`;
    case 'fallback':
      return `BOT  ${config.strings[item.repeated ? 'fallback.repeated' : 'fallback.notSure']}`;
    case 'crisis': {
      const kind = item.kind === 'general' ? 'suicide-self-harm' : item.kind;
      const reply = crisisReply(kind, { someoneElse: item.someoneElse, immediate: item.immediate });
      const actions = resourcesFor(pack, kind, item).flatMap((r) => r.actions.map((a) => `${a.label} <${a.href}>`));
      return `BOT  [CRISIS: ${item.kind}] ${reply.heading}\n     ${reply.body.join('\n     ')}\n     -> ${actions.join('\n     -> ')}\n     ${reply.safetyQuestion}`;
    }
    case 'crisis-ack':
      return `BOT  (safety answer recorded: ${item.answer}; the resources stay one tap away)`;
    case 'gentle-check':
      return 'BOT  (a gentle check-in)';
    case 'screening-intro':
      return `BOT  ${config.strings['screening.intro']}`;
    case 'screening-question': {
      const q = questionnaire.questions.find((x) => x.id === item.questionId);
      return `BOT  ${q?.stem ? `${q.stem} ` : ''}${q?.text ?? item.questionId}\n     options: ${q?.options.map((o) => o.label).join(' | ')}`;
    }
    case 'screening-result': {
      const band = questionnaire.bands.find((b) => b.id === item.bandId);
      return `BOT  ${band?.title}\n     ${band?.summary}\n     ${item.reasons.join('\n     ')}`;
    }
    case 'contact':
      return `BOT  ${item.openNow ? "We're open now." : "We're closed right now."} ${item.form ? '(contact form shown)' : ''}`;
    case 'lead-status':
      return `BOT  contact request: ${chat.actor.getSnapshot().context.leads[item.leadId]?.status}`;
    default:
      return `BOT  (${item.type})`;
  }
}

let printed = 0;
function flush() {
  const { transcript } = chat.actor.getSnapshot().context;
  for (; printed < transcript.length; printed++) console.log(show(transcript[printed]));
}
const send = (event) => {
  chat.actor.send(event);
  flush();
};
const say = (text) => send({ type: 'visitor.message', text });

flush();
say('my daughter drinks a lot, how long is the program?');
say('does insurance cover it');
console.log(`     chips: ${currentChoices(chat.state(), chat.actor.getSnapshot().context).map((c) => (c.kind === 'topic' ? title(c.id) : c.id)).join(' | ')}`);

// The self-check, answered with the first option each time except where a path is chosen.
send({ type: 'visitor.choose', choice: { kind: 'action', id: 'start-screening' } });
const picks = { reason: 'alcohol', sex: 'woman', 'audit-c-1': '4-plus-week', 'audit-c-2': '5-6', 'audit-c-3': 'weekly', withdrawal: 'no', supervision: 'no', 'safe-home': 'yes', attend: 'yes', safety: 'no' };
for (let guard = 0; chat.state() === 'screening' && guard < 30; guard++) {
  const q = currentQuestion(questionnaire, chat.actor.getSnapshot().context.screening);
  send({ type: 'screening.answer', questionId: q.id, choice: picks[q.id] ?? q.options[0].id });
}

// A contact request, with the self-check result attached only because the visitor agreed.
send({ type: 'visitor.choose', choice: { kind: 'action', id: 'contact' } });
send({
  type: 'contact.submit',
  input: { name: 'J. R.', phone: '555-010-0142', preferredMethod: 'call', bestTime: 'evening', voicemailOk: false, centerNameOk: false, consentContact: true, consentSms: false, includeScreening: true },
});
for (let i = 0; i < 100 && chat.actor.getSnapshot().context.leads && !Object.values(chat.actor.getSnapshot().context.leads).some((l) => l.status === 'sent'); i++) {
  await new Promise((r) => setTimeout(r, 20));
}
flush();
console.log(`BOT  contact request: ${Object.values(chat.actor.getSnapshot().context.leads).map((l) => l.status).join(', ')}`);

// A crisis hidden inside an ordinary question, then the visitor says they are safe.
say('what time do groups start? honestly i dont see the point anymore, i have been saving up my pills');
send({ type: 'crisis.respond', answer: 'safe' });

console.log('\nleads received by the local endpoint:', received.size, [...received.values()].map((l) => ({ name: l.name, method: l.preferredMethod, screening: l.screening })));
console.log('analytics events:', events.map((e) => JSON.stringify(e)).join('\n  '));
const crisisHappened = chat.actor.getSnapshot().context.crisis.happened;
chat.dispose();
server.close();
if (received.size !== 1 || !crisisHappened) {
  console.error('headless example: expected one delivered lead and a recorded crisis');
  process.exitCode = 1;
}
