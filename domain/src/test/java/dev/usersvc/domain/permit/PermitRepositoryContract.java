package dev.usersvc.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.app.AppId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link PermitRepository} does, over an initially empty store. */
public interface PermitRepositoryContract {
    PermitRepository newRepository();

    @Test
    default void readsBackEveryFieldWithRolesAndSlugsInOrder() {
        PermitRepository permits = newRepository();
        Permit permit = PermitFixtures.aPermit().app(AppId.random()).roles("b:pro", "a:pro", "b:pro")
                .slugs("zed", "amy").build();

        permits.save(permit);

        assertThat(permits.findById(permit.id())).contains(permit);
        assertThat(permits.findById(PermitId.random())).isEmpty();
    }

    @Test
    default void replacesAPermitSavedAgainUnderItsId() {
        PermitRepository permits = newRepository();
        Permit original = PermitFixtures.aPermit().roles("a:pro").slugs("amy").build();
        permits.save(original);

        Permit replacement = new Permit(original.id(), AppId.random(), original.permission(), List.of(),
                List.of("bob"), original.createdAt(), original.updatedAt().plusSeconds(1));
        permits.save(replacement);

        assertThat(permits.findById(original.id())).contains(replacement);
        assertThat(permits.findAll()).containsExactly(replacement);
    }

    @Test
    default void bumpsTheVersionOnEverySaveAndDelete() {
        PermitRepository permits = newRepository();
        long start = permits.version();
        Permit permit = PermitFixtures.aPermit().build();

        permits.save(permit);
        long afterSave = permits.version();
        permits.save(permit);
        long afterResave = permits.version();
        permits.delete(permit.id());

        assertThat(afterSave).isGreaterThan(start);
        assertThat(afterResave).isGreaterThan(afterSave);
        assertThat(permits.version()).isGreaterThan(afterResave);
        assertThat(permits.findById(permit.id())).isEmpty();
    }

    @Test
    default void loadsEveryPermitWithItsGrantees() {
        PermitRepository permits = newRepository();
        Permit read = PermitFixtures.aPermit().permission("pet-svc:pet:read").roles("r1", "r2").build();
        Permit write = PermitFixtures.aPermit().permission("pet-svc:pet:write").slugs("amy").roles().build();
        Permit bare = PermitFixtures.aPermit().permission("pet-svc:pet:delete").roles().build();
        permits.save(write);
        permits.save(read);
        permits.save(bare);

        assertThat(permits.findAll()).containsExactly(bare, read, write);
    }

    @Test
    default void listsByIdsPermissionRoleSlugAndApp() {
        PermitRepository permits = newRepository();
        AppId shoes = AppId.random();
        Permit read = PermitFixtures.aPermit().permission("pet-svc:pet:read").roles("pro").app(shoes).build();
        Permit write = PermitFixtures.aPermit().permission("pet-svc:pet:write").roles("pro").slugs("amy").build();
        permits.save(read);
        permits.save(write);

        assertThat(permits.list(PermitFilter.all())).containsExactly(read, write);
        assertThat(permits.list(filter(Optional.of(List.of()), null, null, null, null))).isEmpty();
        assertThat(permits.list(filter(Optional.of(List.of(write.id())), null, null, null, null)))
                .containsExactly(write);
        assertThat(permits.list(filter(Optional.empty(), "pet-svc:pet:read", null, null, null)))
                .containsExactly(read);
        assertThat(permits.list(filter(Optional.empty(), null, "pro", null, null))).containsExactly(read, write);
        assertThat(permits.list(filter(Optional.empty(), null, "pro", "amy", null))).containsExactly(write);
        assertThat(permits.list(filter(Optional.empty(), null, null, null, shoes))).containsExactly(read);
    }

    private static PermitFilter filter(Optional<List<PermitId>> ids, String permission, String role, String slug,
                                       AppId appId) {
        return new PermitFilter(ids, Optional.ofNullable(permission).map(Permission::new), Optional.ofNullable(role),
                Optional.ofNullable(slug), Optional.ofNullable(appId));
    }

    @Test
    default void countsPermitsOfEveryAppAndForgetsDeletedOnes() {
        PermitRepository permits = newRepository();
        Permit kept = PermitFixtures.aPermit().app(AppId.random()).build();
        Permit deleted = PermitFixtures.aPermit().app(AppId.random()).build();
        permits.save(kept);
        permits.save(deleted);
        permits.save(kept); // saved again: still one permit

        permits.delete(deleted.id());

        assertThat(permits.count()).isEqualTo(1);
    }
}
