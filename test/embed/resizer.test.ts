import { expect } from '@open-wc/testing';
import '../../src/embed/resizer.js';

/**
 * The resizer accepts a height only from the embed frame's own window with the secret from
 * that frame's `src` fragment. The frames here post from inline scripts in `srcdoc`, so the
 * message's source really is the frame's window.
 */
const secret = 'resizer-secret-0123456789';

function embedFrame(messages: object[]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.dataset.awEmbed = '';
  frame.setAttribute('src', `https://publisher.example/embed.html?src=x#aw-secret=${secret}`);
  const posts = messages.map((message) => `parent.postMessage(${JSON.stringify(message)}, '*');`).join('\n');
  // A last, harmless message tells the test the frame is done posting.
  frame.srcdoc = `<script>${posts}\nparent.postMessage({ type: 'resizer-test-done' }, '*');</script>`;
  frame.style.height = '150px';
  return new Promise((resolve) => {
    const done = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'resizer-test-done') return;
      window.removeEventListener('message', done);
      resolve(frame);
    };
    window.addEventListener('message', done);
    document.body.append(frame);
  });
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function heightAfter(messages: object[]): Promise<string> {
  const frame = await embedFrame(messages);
  frames.push(frame);
  return frame.style.height;
}

describe('embed resizer', () => {
  it('takes the height the embed frame posts with its secret', async () => {
    expect(await heightAfter([{ type: 'aw-embed-height', height: 612.4, secret }])).to.equal('612px');
  });

  it('ignores a height with the wrong secret', async () => {
    expect(await heightAfter([{ type: 'aw-embed-height', height: 612, secret: 'guessed-secret-000000' }])).to.equal(
      '150px',
    );
  });

  it('ignores a height from another window, even with the right secret', async () => {
    const frame = await embedFrame([]);
    frames.push(frame);
    const seen = new Promise((resolve) => window.addEventListener('message', resolve, { once: true }));
    window.postMessage({ type: 'aw-embed-height', height: 700, secret }, '*');
    await seen;
    expect(frame.style.height).to.equal('150px');
  });

  it('clamps absurd heights and ignores ones that are not numbers', async () => {
    expect(await heightAfter([{ type: 'aw-embed-height', height: 1e9, secret }])).to.equal('4000px');
    expect(await heightAfter([{ type: 'aw-embed-height', height: -50, secret }])).to.equal('80px');
    expect(await heightAfter([{ type: 'aw-embed-height', height: 'NaN', secret }])).to.equal('150px');
    expect(await heightAfter([{ type: 'aw-embed-height', height: null, secret }])).to.equal('150px');
  });
});
