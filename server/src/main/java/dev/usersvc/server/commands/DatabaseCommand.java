package dev.usersvc.server.commands;

import dev.usersvc.server.UserSvcConfiguration;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** A command of the form {@code NAME ACTION config.yml} that works on the configured database, then lets it go. */
abstract class DatabaseCommand extends ConfiguredCommand<UserSvcConfiguration> {
    private final String actionHelp;
    private final String[] actions;

    DatabaseCommand(String name, String description, String actionHelp, String... actions) {
        super(name, description);
        this.actionHelp = actionHelp;
        this.actions = actions.clone();
    }

    @Override
    public final void configure(Subparser subparser) {
        subparser.addArgument("action").choices((Object[]) actions).help(actionHelp);
        super.configure(subparser);
    }

    @Override
    protected final void run(Bootstrap<UserSvcConfiguration> bootstrap, Namespace namespace,
                             UserSvcConfiguration configuration) throws Exception {
        ManagedDataSource dataSource = configuration.database().build(bootstrap.getMetricRegistry(), getName());
        try {
            run(namespace.getString("action"), dataSource, configuration);
        } finally {
            dataSource.stop();
        }
    }

    abstract void run(String action, ManagedDataSource dataSource, UserSvcConfiguration configuration)
            throws Exception;
}
