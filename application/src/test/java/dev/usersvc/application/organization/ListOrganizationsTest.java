package dev.usersvc.application.organization;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.user.Slug;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ListOrganizationsTest {
    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller ada = world.registered("ada");

    private Organization create(String slug) {
        Organization created = world.useCases.saveOrganization().handle(ada,
                new SaveOrganization.Command(Optional.empty(), new Slug(slug), "Name", "")).organization();
        world.clock.advance(Duration.ofSeconds(1));
        return created;
    }

    @Test
    void adminsListTheirAppsOrganizationsOldestFirstWithACursorAndIds() {
        Organization first = create("first");
        Organization second = create("second");
        Organization third = create("third");
        Caller admin = world.loginAdmin();

        assertThat(list(admin, Optional.empty(), Optional.empty(), 20)).containsExactly(first, second, third);
        assertThat(list(admin, Optional.empty(), Optional.of(first), 1)).containsExactly(second);
        assertThat(list(admin, Optional.of(List.of(third)), Optional.empty(), 20)).containsExactly(third);
    }

    @Test
    void aNormalUserMayNotList() {
        create("first");

        assertThat(kindOf(() -> list(ada, Optional.empty(), Optional.empty(), 20))).isEqualTo(ErrorKind.FORBIDDEN);
    }

    private List<Organization> list(Caller caller, Optional<List<Organization>> ids, Optional<Organization> after,
                                    int limit) {
        return world.useCases.listOrganizations().handle(caller, new ListOrganizations.Command(
                ids.map(organizations -> organizations.stream().map(Organization::id).toList()),
                after.map(Organization::createdAt), limit));
    }
}
