package dev.usersvc.server;

import dev.usersvc.application.UseCases;
import dev.usersvc.domain.session.ConsoleSessionRepository;
import dev.usersvc.rest.token.JwtTokens;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.util.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node in step with the others sharing the database: permit changes, revocations and signing keys are
 * picked up every sync interval, which bounds how stale any node can be. Old tokens and ended console sessions are
 * purged hourly.
 */
final class NodeSync implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(NodeSync.class);

    private final ScheduledExecutorService scheduler;
    private final UseCases useCases;
    private final JwtTokens jwtTokens;
    private final ConsoleSessionRepository consoleSessions;
    private final Duration interval;

    NodeSync(Environment environment, UseCases useCases, JwtTokens jwtTokens,
             ConsoleSessionRepository consoleSessions, Duration interval) {
        this.scheduler = environment.lifecycle().scheduledExecutorService("node-sync").threads(1).build();
        this.useCases = useCases;
        this.jwtTokens = jwtTokens;
        this.consoleSessions = consoleSessions;
        this.interval = interval;
    }

    @Override
    public void start() {
        long millis = interval.toMilliseconds();
        scheduler.scheduleWithFixedDelay(this::sync, millis, millis, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    private void sync() {
        try {
            useCases.permissions().refreshIfChanged();
            useCases.revocations().sync();
            jwtTokens.reload();
        } catch (RuntimeException e) {
            LOG.warn("node sync failed; retrying in {}", interval, e);
        }
    }

    private void purge() {
        try {
            useCases.purgeTokens().handle(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("token purge failed", e);
        }
        try {
            consoleSessions.purge(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("console session purge failed", e);
        }
    }
}
