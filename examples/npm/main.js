// iop-chat from npm: import the element, configure it in code, and listen to what it reports.
// `npm run build` bundles this file with rollup into examples/npm/dist/main.js (the page loads
// that), just as an integrator's own bundler would.
import '@iop-chat/widget/iop-chat.js';

const log = document.getElementById('log');

/** Adds a line to the on-page log (as text, never HTML) and to the console. */
function show(label, value) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}  ${label}  ${JSON.stringify(value)}`;
  log.append(item);
  item.scrollIntoView({ block: 'nearest' });
  console.info(`[iop-chat demo] ${label}`, value);
}

/** Answer blocks from plain paragraphs: text nodes only, so nothing is ever parsed as HTML. */
const paragraphs = (...texts) => texts.map((text) => ({ t: 'p', c: [{ t: 'text', v: text }] }));

/** A center-specific topic the default knowledge does not have. */
const familyNight = {
  id: 'family-night',
  title: 'Family night',
  kind: 'answer',
  questions: [
    'What is family night?',
    'Can my family come to a session?',
    'Is there something for parents of people in the program?',
    'Do you have a group for spouses?',
    'When is the family group?',
    'Can my husband join family night?',
  ],
  keywords: ['family night', 'family group', 'parents', 'spouse', 'partner', 'relatives'],
  related: ['family-involvement'],
  sources: [],
  center: [],
  answer: paragraphs(
    'Family night is a free group for the people who love someone in our program. It meets every other Wednesday from 6:30 to 8 pm, in person or online.',
    'No sign-up is needed; your loved one does not have to be there, and nothing they share in treatment is discussed without their permission.',
  ),
};

/** A tiny replacement self-check: two schedule questions, two results, both leading to a person. */
const scheduleCheck = {
  id: 'cedar-grove-fit',
  version: '1',
  title: 'Is evening IOP a fit for your week?',
  intro: 'Two quick questions about your schedule. This is not a diagnosis; our intake team can tell you more.',
  instruments: [],
  start: 'schedule',
  questions: [
    {
      id: 'schedule',
      text: 'Could you be here three evenings a week, 6 to 9 pm?',
      options: [
        { id: 'yes', label: 'Yes', score: 1 },
        { id: 'maybe', label: 'Maybe, with some changes', score: 1 },
        { id: 'no', label: 'No', score: 0 },
      ],
    },
    {
      id: 'support',
      text: 'Do you have a safe, stable place to stay while you are in the program?',
      options: [
        { id: 'yes', label: 'Yes', score: 1 },
        { id: 'no', label: 'Not right now', score: 0, flags: ['housing'] },
      ],
    },
  ],
  scales: [{ id: 'fit', name: 'Schedule fit', questions: ['schedule', 'support'], cutoffs: [{ atLeast: 2 }] }],
  bands: [
    {
      id: 'iop-fit',
      title: 'Evening IOP may fit your week',
      summary: 'Your answers suggest our evening program could work for you. A clinician can tell you for sure.',
      when: { positive: 'fit' },
      why: [{ text: 'You can make the evening sessions and have a stable place to stay.' }],
      nextStep: 'contact',
    },
    {
      id: 'talk-first',
      title: "Let's talk about options",
      summary: 'Our team can help find a schedule or level of care that works for you.',
      why: [
        { when: { flag: 'housing' }, text: 'A stable place to stay matters; our team can help you look at options.' },
        { text: 'Three evenings a week may be hard to fit right now.' },
      ],
      nextStep: 'contact',
    },
  ],
};

/**
 * Delivers a callback request. Resolving means delivered; throwing means "try again later" (the
 * chat keeps the request and retries); `{ ok: false, retry: false, message }` means refused.
 */
async function sendLead(lead, signal) {
  const response = await fetch('/api/leads', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': lead.id },
    body: JSON.stringify(lead),
    signal,
  });
  show(`lead ${lead.id} -> HTTP ${response.status}`, await response.json().catch(() => null));
  if (response.status >= 500) throw new Error(`lead receiver answered ${response.status}`);
  if (!response.ok) return { ok: false, retry: false, message: 'Our system could not take this request.' };
  return { ok: true };
}

const chat = document.createElement('iop-chat');
chat.setAttribute('mode', 'inline');
// Set before the element is connected: the conversation starts with this configuration.
chat.config = {
  center: {
    name: 'Cedar Grove Recovery',
    phone: '(555) 010-0199',
    email: 'intake@cedargrove.example',
    hours: 'Mon-Thu 8am-8pm; Fri 8am-5pm; Sat 9am-1pm',
    timeZone: 'America/Los_Angeles',
    insurance: ['Aetna', 'Cigna', 'Oregon Health Plan (Medicaid)'],
  },
  ui: { title: 'Cedar Grove chat' },
  persistence: 'none',
  extraKnowledge: [familyNight],
  questionnaire: scheduleCheck,
  leadSender: sendLead,
};

chat.addEventListener('iop-chat-event', (event) => show('iop-chat-event', event.detail));
for (const name of ['iop-chat-open', 'iop-chat-close', 'iop-chat-end']) {
  chat.addEventListener(name, () => show(name, {}));
}

document.getElementById('chat-slot').append(chat);
show('mounted', { mode: 'inline' });
