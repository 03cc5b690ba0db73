package dev.usersvc.server.commands;

import dev.usersvc.persistence.Migrations;
import dev.usersvc.server.UserSvcConfiguration;
import io.dropwizard.db.ManagedDataSource;
import java.util.List;

/**
 * {@code db migrate config.yml} applies pending schema changes (the server also does at start-up);
 * {@code db status config.yml} lists them. Ours rather than Dropwizard's migrations bundle, because the embedded
 * H2 needs the lower-case dialect in {@link Migrations}.
 */
public final class DbCommand extends DatabaseCommand {
    public DbCommand() {
        super("db", "Migrate the database schema, or show what is pending",
                "migrate: apply; status: list pending", "migrate", "status");
    }

    @Override
    void run(String action, ManagedDataSource dataSource, UserSvcConfiguration configuration) {
        if ("migrate".equals(action)) {
            Migrations.migrate(dataSource);
            System.out.println("the schema is up to date");
        } else {
            List<String> pending = Migrations.pending(dataSource);
            System.out.println(pending.size() + " change sets pending");
            pending.forEach(System.out::println);
        }
    }
}
