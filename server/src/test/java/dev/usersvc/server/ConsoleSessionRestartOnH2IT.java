package dev.usersvc.server;

/** On an H2 file: the restart really reads the sessions back from disk. */
class ConsoleSessionRestartOnH2IT extends ConsoleSessionSurvival {
    @Override
    String databaseUrl() {
        return E2eDatabase.h2File();
    }
}
