package dev.usersvc.server;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleDashboardOnH2IT extends ConsoleDashboardEndToEnd {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));

    @Override
    DropwizardAppExtension<UserSvcConfiguration> app() {
        return APP;
    }
}
