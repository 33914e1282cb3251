export default defineContentScript({
  matches: ['*://*.greenhouse.io/*'],
  main() {},
});
