package dev.usersvc.persistence.organization;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.organization.OrganizationQuery;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.persistence.SqlErrors;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Organizations in the {@code organizations} table; (app, slug) is a unique key. */
public final class JdbiOrganizationRepository implements OrganizationRepository {
    private final OrganizationDao dao;

    public JdbiOrganizationRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(OrganizationDao.class);
    }

    @Override
    public void insert(Organization organization) {
        OrganizationRow row = OrganizationRow.from(organization);
        // checked first because a failed statement aborts a PostgreSQL transaction, leaving no way to ask which
        // key was taken; the unique keys still catch a concurrent twin
        if (dao.countSlugTakenByOther(row.appId(), row.slug(), row.id()) > 0) {
            throw slugTaken();
        }
        if (dao.findById(row.id()).isPresent()) {
            throw DomainException.conflict("organization id is already taken");
        }
        try {
            dao.insert(row);
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw slugTaken();
            }
            throw e;
        }
    }

    @Override
    public void update(Organization organization) {
        OrganizationRow row = OrganizationRow.from(organization);
        int updated;
        try {
            updated = dao.update(row);
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw slugTaken();
            }
            throw e;
        }
        if (updated == 0) {
            throw DomainException.notFound("organization not found");
        }
    }

    private static DomainException slugTaken() {
        return DomainException.conflict("organization slug is already taken");
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return dao.findById(id.value()).map(OrganizationRow::toDomain);
    }

    @Override
    public Optional<Organization> findBySlug(AppId appId, Slug slug) {
        return dao.findBySlug(appId.value(), slug.value()).map(OrganizationRow::toDomain);
    }

    @Override
    public List<Organization> list(OrganizationQuery query) {
        Instant after = query.after().orElse(null);
        List<OrganizationRow> rows;
        if (query.ids().isEmpty()) {
            rows = dao.list(query.appId().value(), after, query.limit());
        } else if (query.ids().get().isEmpty()) {
            return List.of(); // "IN ()" is not SQL, and an empty id filter matches nothing
        } else {
            rows = dao.listByIds(query.appId().value(),
                    query.ids().get().stream().map(OrganizationId::value).distinct().toList(), after, query.limit());
        }
        return rows.stream().map(OrganizationRow::toDomain).toList();
    }

    @Override
    public long count() {
        return dao.count();
    }
}
