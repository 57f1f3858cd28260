/**
 * The script of csp-control.html: breaks the policy on purpose, once per kind of rule, so
 * that the CSP test can show that the policy is in force and that its listener sees
 * violations (a test of "no violation" is only worth something if a violation would show).
 */
export interface ControlReport {
  violations: string[];
  trustedTypes: boolean;
  /** Whether assigning a string to innerHTML threw (it does where Trusted Types are enforced). */
  innerHtmlThrew: boolean;
}

declare global {
  interface Window {
    __awControl?: Promise<ControlReport>;
  }
}

async function run(): Promise<ControlReport> {
  const target = document.querySelector<HTMLElement>('#target')!;
  // style-src 'self': an inline style attribute set from script is refused.
  target.setAttribute('style', 'color: red');
  // img-src 'self' data:: an image from another origin is refused (and never requested).
  const image = document.createElement('img');
  image.src = 'https://other.example/x.png';
  target.append(image);
  // require-trusted-types-for 'script': a plain string into an HTML sink throws.
  let innerHtmlThrew = false;
  try {
    target.innerHTML = '<b>not trusted</b>';
  } catch {
    innerHtmlThrew = true;
  }
  const page = window.__awPage!;
  const deadline = performance.now() + 10_000;
  const expected = 'trustedTypes' in window ? 3 : 2;
  while (page.violations.length < expected && performance.now() < deadline) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return { violations: [...page.violations], trustedTypes: 'trustedTypes' in window, innerHtmlThrew };
}

window.__awControl = run();
