import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, chatFixture, failOnLitWarnings, focused, lastMessage, messages, reduceMotion, settle, type IopChat } from '../helpers.js';

/** With focus on the first answer, moves `index` answers down with Tab and presses Enter. */
async function answer(el: IopChat, index: number, expected: string): Promise<void> {
  for (let i = 0; i < index; i++) await sendKeys({ press: 'Tab' });
  const option = focused(el) as HTMLElement;
  expect(option.classList.contains('option'), `focus is on ${option.outerHTML}`).to.equal(true);
  expect(option.textContent.trim()).to.equal(expected);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('iop-chat self-check', () => {
  failOnLitWarnings();
  before(async () => {
    await reduceMotion();
  });
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('runs by keyboard only from the chip to a result with the way to a person', async () => {
    const el = await chatFixture(html`<iop-chat persistence="none"></iop-chat>`);
    await expect(el).to.be.accessible();
    el.open();
    await settle(el);
    await shiftTab(); // "Talk to someone"
    await shiftTab(); // "Take a 2-minute self-check"
    expect((focused(el) as HTMLElement).textContent.trim()).to.equal('Take a 2-minute self-check');
    await sendKeys({ press: 'Enter' });
    await settle(el);

    expect(messages(el).join(' ')).to.contain('not a diagnosis');
    expect($(el, '.small-print').textContent).to.contain('PHQ-2');
    const card = $(el, '.self-check[data-question]');
    expect(card.getAttribute('part')).to.equal('self-check');
    expect($(el, '.progress-text').textContent).to.match(/^Question 1 of about \d+$/);
    const bar = $<HTMLProgressElement>(el, 'progress');
    expect(bar.getAttribute('aria-valuetext')).to.match(/^Question 1 of about \d+$/);
    for (const option of $$(el, '.option')) expect(option.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();

    await answer(el, 2, 'Mental health (like mood or anxiety)');
    expect($(el, '.progress-text').textContent).to.match(/^Question 2 of about \d+$/);
    expect($(el, '.stem').textContent).to.contain('Over the last 2 weeks');
    expect($(el, '.self-check .small-print').textContent).to.contain('PHQ-2');

    // Back takes the last answer back.
    $(el, '.self-check .card-actions .secondary').focus();
    expect((focused(el) as HTMLElement).textContent.trim()).to.equal('Back');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '#sc-question').textContent).to.contain('What brings you here today?');
    await answer(el, 2, 'Mental health (like mood or anxiety)');

    for (let i = 0; i < 4; i++) await answer(el, 0, 'Not at all'); // PHQ-2 and GAD-2
    await answer(el, 1, 'No'); // round-the-clock care
    await answer(el, 0, 'Yes'); // safe home
    await answer(el, 0, 'Yes'); // can attend
    await answer(el, 1, 'No'); // safety question

    const result = $(el, '.self-check.result');
    expect(result.querySelector('h3')?.textContent).to.equal('A lighter level of support may be enough');
    expect(result.textContent).to.contain('This is not a diagnosis');
    expect(result.textContent).to.contain('did not reach the usual screening cut-offs');
    expect(focused(el)).to.equal(result.querySelector('h3'));
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLElement).textContent.trim()).to.equal('Talk to someone');
    await expect(el).to.be.accessible();
  });

  it('can be stopped', async () => {
    const el = await chatFixture(html`<iop-chat mode="inline" persistence="none"></iop-chat>`);
    $$(el, '.chip')
      .find((c) => c.dataset['choice'] === 'action:start-screening')
      ?.click();
    await settle(el);
    const stop = $$(el, '.self-check button').find((b) => b.textContent.trim() === 'Stop the self-check');
    stop?.click();
    await settle(el);
    expect(lastMessage(el)).to.contain('The self-check is stopped');
    expect($$(el, '.self-check[data-question]')).to.have.length(0);
    expect(focused(el)?.id).to.equal('composer-input');
  });
});
