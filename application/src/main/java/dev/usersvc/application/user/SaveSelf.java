package dev.usersvc.application.user;

import dev.usersvc.application.Caller;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.util.Map;

/** Updates the caller's name and thumbnail (when given) and merges labels. The slug never changes. */
public final class SaveSelf {
    public record Command(String name, String thumbnailFileId, Map<String, String> labels) {
    }

    private final UserRepository users;
    private final Clock clock;

    public SaveSelf(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public User handle(Caller caller, Command command) {
        User user = users.findById(caller.userId())
                .orElseThrow(() -> DomainException.unauthenticated("user no longer exists"));
        User changed = user.withProfile(command.name(), command.thumbnailFileId(), clock.instant())
                .withLabelsMerged(command.labels(), clock.instant());
        users.update(changed);
        return changed;
    }
}
