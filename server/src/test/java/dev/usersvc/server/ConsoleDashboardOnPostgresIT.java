package dev.usersvc.server;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

@EnabledIfEnvironmentVariable(named = E2eDatabase.PG_ENV, matches = ".+")
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleDashboardOnPostgresIT extends ConsoleDashboardEndToEnd {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", () -> E2eDatabase.postgres()));

    @Override
    DropwizardAppExtension<UserSvcConfiguration> app() {
        return APP;
    }
}
