package dev.usersvc.application.token;

import dev.usersvc.application.Caller;
import dev.usersvc.application.app.AppResolver;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserRepository;
import java.util.Optional;

/**
 * Gives the caller a token in another app and/or for another device, with the roles it has there (§8.5).
 * The presented token stays valid. Fails with INVALID_INPUT without a target, NOT_FOUND for an unknown app id.
 */
public final class ExchangeToken {
    public record Command(Optional<AppHost> newAppHost, Optional<AppId> newAppId, Optional<String> newDevice) {
    }

    private final UserRepository users;
    private final AppRepository apps;
    private final AppResolver appResolver;
    private final TokenMint mint;

    public ExchangeToken(UserRepository users, AppRepository apps, AppResolver appResolver, TokenMint mint) {
        this.users = users;
        this.apps = apps;
        this.appResolver = appResolver;
        this.mint = mint;
    }

    public IssuedToken handle(Caller caller, Command command) {
        App app;
        if (command.newAppId().isPresent()) {
            app = apps.findById(command.newAppId().get())
                    .orElseThrow(() -> DomainException.notFound("app not found"));
        } else if (command.newAppHost().isPresent()) {
            app = appResolver.getOrCreate(command.newAppHost().get());
        } else {
            throw DomainException.invalid("newAppHost or newAppId is required");
        }
        User user = users.findById(caller.userId())
                .orElseThrow(() -> DomainException.unauthenticated("user no longer exists"));
        String device = command.newDevice().orElse(caller.device());
        return new IssuedToken(mint.issueOrReuse(user, app.id(), device), app);
    }
}
