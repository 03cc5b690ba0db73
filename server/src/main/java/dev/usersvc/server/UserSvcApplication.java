package dev.usersvc.server;

import com.codahale.metrics.health.HealthCheck;
import dev.usersvc.application.UseCases;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.persistence.Migrations;
import dev.usersvc.rest.RestApi;
import dev.usersvc.rest.token.JwtTokens;
import dev.usersvc.server.commands.DbCommand;
import dev.usersvc.server.commands.KeysCommand;
import dev.usersvc.server.mail.MailDeliveryExceptionMapper;
import dev.usersvc.web.AdminConsole;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** user-svc: the identity and authorization service. */
public final class UserSvcApplication extends Application<UserSvcConfiguration> {

    public static void main(String[] args) throws Exception {
        new UserSvcApplication().run(args);
    }

    @Override
    public String getName() {
        return "user-svc";
    }

    @Override
    public void initialize(Bootstrap<UserSvcConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new DbCommand());
        bootstrap.addCommand(new KeysCommand());
    }

    @Override
    public void run(UserSvcConfiguration config, Environment environment) {
        if (config.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false); // ours write {"error": ...} bodies
        }
        DataSourceFactory database = config.database();
        ManagedDataSource dataSource = database.build(environment.metrics(), "db");
        Migrations.migrate(dataSource);
        Jdbi jdbi = new JdbiFactory().build(environment, database, dataSource, "db");
        Wiring wiring = Wiring.create(jdbi, config, Clock.systemUTC());
        UseCases useCases = wiring.useCases();
        JwtTokens jwtTokens = wiring.jwtTokens();

        AdminPasswordFile.writeIfGenerated(useCases.bootstrap().handle(bootstrapCommand(config)),
                config.bootstrap().passwordFile());
        jwtTokens.reload();
        useCases.revocations().sync();
        environment.lifecycle().manage(new NodeSync(environment, useCases, jwtTokens, wiring.consoleSessions(),
                config.syncInterval()));

        environment.healthChecks().register("signing-key", new HealthCheck() {
            @Override
            protected Result check() {
                return jwtTokens.hasSigningKey() ? Result.healthy() : Result.unhealthy("no signing key loaded");
            }
        });
        RestApi.register(environment, useCases, jwtTokens, config.maxBodySize().toBytes());
        AdminConsole.register(environment, useCases, config.console().settings(), wiring.consoleSessions());
        environment.jersey().register(new MailDeliveryExceptionMapper());
    }

    private static dev.usersvc.application.Bootstrap.Command bootstrapCommand(UserSvcConfiguration config) {
        String password = config.bootstrap().adminPassword();
        return new dev.usersvc.application.Bootstrap.Command(new Slug(config.bootstrap().adminSlug()),
                password == null || password.isEmpty() ? Optional.empty()
                        : Optional.of(Password.newPassword(password)));
    }
}
