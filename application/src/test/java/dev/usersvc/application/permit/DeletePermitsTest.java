package dev.usersvc.application.permit;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.Caller;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.app.AppTarget;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.role.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DeletePermitsTest {
    private static final String PET_READ = "petstore-svc:pet:read";

    private final TestUseCases world = TestUseCases.bootstrapped();
    private final Caller petstore = world.registered("petstore-svc");

    @Test
    void letsTheOwnerTakeBackAPermissionItGrantedAndAuditsIt() {
        Caller ada = world.registered("ada");
        PermitId id = grantPetReadToUsers();
        assertThat(allowed(ada)).isTrue();
        world.auditLog.clear();

        world.useCases.deletePermits().handle(petstore, new DeletePermits.Command(List.of(id)));

        assertThat(world.permits.findById(id)).isEmpty();
        assertThat(allowed(ada)).isFalse();
        assertThat(world.auditLog.all()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.PERMIT_DELETE);
            assertThat(event.target()).isEqualTo(id.value());
            assertThat(event.actorSlug()).isEqualTo("petstore-svc");
        });
    }

    @Test
    void letsAPlatformAdminDeleteAnyonesPermit() {
        PermitId id = grantPetReadToUsers();

        world.useCases.deletePermits().handle(world.loginAdmin(), new DeletePermits.Command(List.of(id)));

        assertThat(world.permits.findById(id)).isEmpty();
    }

    @Test
    void forbidsDeletingAPermitOfAPermissionTheCallerDoesNotOwnAndDeletesNothing() {
        PermitId id = grantPetReadToUsers();
        Caller mallory = world.registered("mallory");
        PermitId malloryOwn = new PermitId("prm_mallory");
        world.useCases.savePermits().handle(mallory, new SavePermits.Command(List.of(new SavePermits.Item(
                Optional.of(malloryOwn), AppTarget.ALL, new Permission("mallory:x"), List.of(), List.of("bob")))));
        world.auditLog.clear();

        assertThat(kindOf(() -> world.useCases.deletePermits().handle(mallory,
                new DeletePermits.Command(List.of(malloryOwn, id))))).isEqualTo(ErrorKind.FORBIDDEN);

        assertThat(world.permits.findById(id)).isPresent();
        assertThat(world.permits.findById(malloryOwn)).isPresent();
        assertThat(world.auditLog.all()).isEmpty();
    }

    @Test
    void answersNotFoundForAnUnknownIdAndDeletesNothing() {
        PermitId id = grantPetReadToUsers();

        assertThat(kindOf(() -> world.useCases.deletePermits().handle(petstore,
                new DeletePermits.Command(List.of(id, new PermitId("prm_unknown")))))).isEqualTo(ErrorKind.NOT_FOUND);

        assertThat(world.permits.findById(id)).isPresent();
    }

    @Test
    void keepsTheBuiltInPermitsEvenForAnAdminSoTheAdminRoleKeepsItsPowers() {
        Caller admin = world.loginAdmin();
        PermitId builtIn = BuiltInPermissions.permitId(Role.ADMIN, BuiltInPermissions.PERMIT_CREATE);
        assertThat(world.permits.findById(builtIn)).isPresent();
        int before = world.permits.findAll().size();

        assertThat(kindOf(() -> world.useCases.deletePermits().handle(admin,
                new DeletePermits.Command(List.of(builtIn))))).isEqualTo(ErrorKind.CONFLICT);

        assertThat(world.permits.findAll()).hasSize(before);
        assertThat(world.useCases.permissions().allows(admin, BuiltInPermissions.PERMIT_CREATE)).isTrue();
        assertThat(world.auditLog.all()).extracting(AuditEvent::action).doesNotContain(AuditAction.PERMIT_DELETE);
    }

    @Test
    void refusesAnEmptyList() {
        assertThat(kindOf(() -> new DeletePermits.Command(List.of()))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    private PermitId grantPetReadToUsers() {
        PermitId id = PermitId.random();
        world.useCases.savePermits().handle(petstore, new SavePermits.Command(List.of(new SavePermits.Item(
                Optional.of(id), AppTarget.ALL, new Permission(PET_READ), List.of("user-svc:user"), List.of()))));
        return id;
    }

    private boolean allowed(Caller caller) {
        return world.useCases.hasPermission().handle(caller, new Permission(PET_READ)).authorized();
    }
}
