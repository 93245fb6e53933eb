// Shows how many Content-Security-Policy violations the page has had (there should be none).
// Listens from the start of the page; the count is also kept on window for automated checks.
const violations = [];
window.__cspViolations = violations;

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
  console.warn(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
  const status = document.getElementById('csp-status');
  if (status) {
    status.textContent = `${violations.length} (see the console)`;
    status.classList.add('bad');
  }
});
