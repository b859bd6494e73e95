module.exports = async function globalTeardown() {
  await globalThis.__LGX_TEST_SERVICES__?.stop();
};
