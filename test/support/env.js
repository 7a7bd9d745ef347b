// Tests run in the machine's own time zone (UTC on CI). That is on purpose: every calendar rule in the
// app and the mock is written in Beijing time explicitly, so it must not depend on the process's TZ.
// (Setting process.env.TZ here would have no effect: jest gives each test file its own copy of env.)
