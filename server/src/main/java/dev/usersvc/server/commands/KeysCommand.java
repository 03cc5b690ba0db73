package dev.usersvc.server.commands;

import dev.usersvc.application.token.SigningKeys;
import dev.usersvc.domain.token.SigningKey;
import dev.usersvc.persistence.JdbiStorage;
import dev.usersvc.persistence.Migrations;
import dev.usersvc.server.UserSvcConfiguration;
import dev.usersvc.server.Wiring;
import io.dropwizard.db.ManagedDataSource;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code keys rotate config.yml}: starts signing with a new key. Tokens signed with the old one keep verifying
 * (it stays in the JWKS until the refresh window has passed); running nodes switch within the sync interval.
 * {@code keys list config.yml} shows the key ids.
 */
public final class KeysCommand extends DatabaseCommand {
    public KeysCommand() {
        super("keys", "Rotate or list the token signing keys", "rotate: sign with a new key; list: show keys",
                "rotate", "list");
    }

    @Override
    void run(String action, ManagedDataSource dataSource, UserSvcConfiguration configuration) {
        Migrations.migrate(dataSource);
        SigningKeys keys = Wiring.create(JdbiStorage.configure(Jdbi.create(dataSource)), configuration,
                Clock.systemUTC()).useCases().signingKeys();
        if ("rotate".equals(action)) {
            System.out.println("now signing with key " + keys.rotate().keyId());
        } else {
            for (SigningKey key : keys.all()) {
                System.out.println(key.keyId() + "  created " + key.createdAt()
                        + key.retiredAt().map(at -> "  retired " + at).orElse("  current"));
            }
        }
    }
}
