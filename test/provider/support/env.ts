// Imported before @pact-foundation/pact so the native core never phones home.
process.env.PACT_DO_NOT_TRACK = 'true';
