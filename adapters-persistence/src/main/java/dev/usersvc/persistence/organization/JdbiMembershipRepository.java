package dev.usersvc.persistence.organization;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.organization.Membership;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.persistence.SqlErrors;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Memberships in the {@code memberships} table, keyed by (organization, user). */
public final class JdbiMembershipRepository implements MembershipRepository {
    private static final RowMapper<MembershipRow> MEMBERSHIP_ROW = ConstructorMapper.of(MembershipRow.class);

    private final Jdbi jdbi;
    private final MembershipDao dao;

    public JdbiMembershipRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.dao = jdbi.onDemand(MembershipDao.class);
    }

    /** Update first, insert when there was nothing to update: portable, where upsert syntax is not. */
    @Override
    public void save(Membership membership) {
        MembershipRow row = MembershipRow.from(membership);
        if (dao.updateActive(row) > 0) {
            return;
        }
        try {
            dao.insert(row);
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                // a concurrent save inserted it first; the failed insert may have aborted the surrounding
                // PostgreSQL transaction, so no retry here: the client retries
                throw DomainException.conflict("membership is being saved concurrently, try again");
            }
            throw e;
        }
    }

    @Override
    public boolean delete(OrganizationId organizationId, UserId userId) {
        return dao.delete(organizationId.value(), userId.value()) > 0;
    }

    @Override
    public List<Membership> findByUser(UserId userId, AppId appId) {
        // fluent, not on-demand: read-self makes this call every time (see JdbiUserRepository.findOne)
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + MembershipDao.COLUMNS + " FROM memberships"
                        + " WHERE user_id = :userId AND app_id = :appId ORDER BY created_at, organization_id")
                .bind("userId", userId.value()).bind("appId", appId.value())
                .map(MEMBERSHIP_ROW).map(MembershipRow::toDomain).list());
    }

    @Override
    public Optional<OrganizationId> activeOf(UserId userId, AppId appId) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT organization_id FROM memberships WHERE user_id = :userId AND app_id = :appId"
                        + " AND active ORDER BY created_at, organization_id LIMIT 1")
                .bind("userId", userId.value()).bind("appId", appId.value())
                .mapTo(String.class).findOne().map(OrganizationId::new));
    }

    @Override
    public void setActive(UserId userId, AppId appId, OrganizationId organizationId) {
        dao.setActive(userId.value(), appId.value(), organizationId.value());
    }

    @Override
    public List<Membership> members(OrganizationId organizationId) {
        return dao.members(organizationId.value()).stream().map(MembershipRow::toDomain).toList();
    }

    @Override
    public List<Membership> findByUserInEveryApp(UserId userId) {
        return dao.findByUserInEveryApp(userId.value()).stream().map(MembershipRow::toDomain).toList();
    }
}
