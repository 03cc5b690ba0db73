package dev.usersvc.server;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = E2eDatabase.PG_ENV, matches = ".+")
class ConsoleSessionRestartOnPostgresIT extends ConsoleSessionSurvival {
    @Override
    String databaseUrl() {
        return E2eDatabase.postgres();
    }
}
