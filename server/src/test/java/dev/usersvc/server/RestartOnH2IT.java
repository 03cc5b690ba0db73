package dev.usersvc.server;

/** On an H2 file: the restart really reads the database back from disk. */
class RestartOnH2IT extends RestartSurvival {
    @Override
    String databaseUrl() {
        return E2eDatabase.h2File();
    }
}
