package dev.usersvc.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ListUsersTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller admin = world.loginAdmin();

    @Test
    void pagesByCreationTimeWithoutRepeatingOrSkippingAnyone() {
        for (int i = 0; i < 25; i++) {
            world.register("user-" + i); // all at the same instant: the store keeps creation times unique
        }
        Set<UserId> everyone = world.users.list(query(Optional.empty(), 1000)).items().stream()
                .map(User::id).collect(Collectors.toSet());

        List<UserId> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        Optional<Instant> after = Optional.empty();
        for (int guard = 0; guard < 10; guard++) {
            Page<User> page = world.useCases.listUsers().handle(admin, query(after, 10)).page();
            if (page.items().isEmpty()) {
                break;
            }
            pageSizes.add(page.items().size());
            page.items().forEach(user -> seen.add(user.id()));
            after = Optional.of(page.items().get(page.items().size() - 1).createdAt());
        }

        assertThat(everyone).hasSize(27); // 25, the admin and user-svc
        assertThat(pageSizes).containsExactly(10, 10, 7);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(everyone);
    }

    @Test
    void returnsTheContactIdsOfTheListedUsers() {
        world.register("ada");

        ListUsers.Result result = world.useCases.listUsers().handle(admin, query(Optional.empty(), 10));

        assertThat(result.contactIds().keySet())
                .containsExactlyInAnyOrderElementsOf(result.page().items().stream().map(User::id).toList());
    }

    private static UserQuery query(Optional<Instant> after, int limit) {
        return new UserQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                UserQuery.SortField.CREATED_AT, true, after, limit, false);
    }
}
