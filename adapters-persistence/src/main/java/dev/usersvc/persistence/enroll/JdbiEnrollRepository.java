package dev.usersvc.persistence.enroll;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.enroll.Enroll;
import dev.usersvc.domain.enroll.EnrollCursor;
import dev.usersvc.domain.enroll.EnrollFilter;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.persistence.SqlErrors;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Enrolls in the {@code enrolls} table. */
public final class JdbiEnrollRepository implements EnrollRepository {
    private final EnrollDao dao;

    public JdbiEnrollRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(EnrollDao.class);
    }

    @Override
    public void insert(Enroll enroll) {
        try {
            dao.insert(EnrollRow.from(enroll));
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("enroll id is already taken");
            }
            throw e;
        }
    }

    @Override
    public void update(Enroll enroll) {
        if (dao.update(EnrollRow.from(enroll)) == 0) {
            throw DomainException.notFound("enroll not found");
        }
    }

    @Override
    public Optional<Enroll> findById(EnrollId id) {
        return dao.findById(id.value()).map(EnrollRow::toDomain);
    }

    @Override
    public Set<String> rolesOf(UserId userId, Collection<ContactId> verifiedContacts, AppId appId) {
        // "IN ()" is not SQL, so a user without verified contacts takes the simpler query
        Set<String> roles = verifiedContacts.isEmpty()
                ? dao.rolesOfUser(userId.value(), appId.value())
                : dao.rolesOfUserOrContacts(userId.value(),
                        verifiedContacts.stream().map(ContactId::value).distinct().toList(), appId.value());
        return Set.copyOf(roles);
    }

    @Override
    public boolean holdsAnywhere(UserId userId, Role role) {
        return dao.countByUserAndRole(userId.value(), role.value()) > 0;
    }

    @Override
    public boolean exists(AppId appId, UserId userId, Role role) {
        return dao.countInApp(appId.value(), userId.value(), role.value()) > 0;
    }

    @Override
    public List<Enroll> list(EnrollFilter filter) {
        return dao.list(filter.role().orElse(null), filter.userId().map(UserId::value).orElse(null),
                        filter.contactId().map(ContactId::value).orElse(null),
                        filter.appId().map(AppId::value).orElse(null))
                .stream().map(EnrollRow::toDomain).toList();
    }

    @Override
    public List<Enroll> page(EnrollFilter filter, Optional<EnrollCursor> after, int limit) {
        return dao.page(filter.role().orElse(null), filter.userId().map(UserId::value).orElse(null),
                        filter.contactId().map(ContactId::value).orElse(null),
                        filter.appId().map(AppId::value).orElse(null), after.map(EnrollCursor::createdAt).orElse(null),
                        after.map(cursor -> cursor.id().value()).orElse(null), limit)
                .stream().map(EnrollRow::toDomain).toList();
    }

    @Override
    public void delete(EnrollId id) {
        dao.delete(id.value());
    }

    @Override
    public int deleteRole(AppId appId, UserId userId, Role role) {
        return dao.deleteRole(appId.value(), userId.value(), role.value());
    }
}
