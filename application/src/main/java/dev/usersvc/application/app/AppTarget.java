package dev.usersvc.application.app;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import java.util.Optional;
import java.util.function.Function;

/**
 * The app a permit or enroll is for, as the contract's {@code appHost} names it: empty means the caller token's
 * app, {@code *} every app ({@link AppId#ALL}), anything else an app by host.
 */
public record AppTarget(Optional<AppHost> host, boolean all) {
    public static final AppTarget CALLERS = new AppTarget(Optional.empty(), false);
    public static final AppTarget ALL = new AppTarget(Optional.empty(), true);

    public AppTarget {
        if (all && host.isPresent()) {
            throw new IllegalArgumentException("every app or one host, not both");
        }
    }

    public static AppTarget of(String appHost) {
        if (appHost == null || appHost.isEmpty()) {
            return CALLERS;
        }
        if (AppHost.ALL.equals(appHost)) {
            return ALL;
        }
        return new AppTarget(Optional.of(new AppHost(appHost)), false);
    }

    /** Only an app that exists: INVALID_INPUT for an unknown host (permits never create apps, §9.11 step 4). */
    public AppId existing(Caller caller, AppRepository apps) {
        return resolve(caller, host -> apps.findByHost(host)
                .orElseThrow(() -> DomainException.invalid("unknown app host")).id());
    }

    /** Creates the app when its host is unknown, as saving enrolls does (§9.13 step 5). */
    public AppId getOrCreate(Caller caller, AppResolver resolver) {
        return resolve(caller, host -> resolver.getOrCreate(host).id());
    }

    private AppId resolve(Caller caller, Function<AppHost, AppId> byHost) {
        if (all) {
            return AppId.ALL;
        }
        return host.map(byHost).orElse(caller.appId());
    }
}
