export default defineBackground(() => {
  // Filled in by the extension work: per-tab verdicts and the message router.
});
