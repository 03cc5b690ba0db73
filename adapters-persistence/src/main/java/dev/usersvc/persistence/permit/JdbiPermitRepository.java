package dev.usersvc.persistence.permit;

import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitFilter;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.permit.PermitRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Permits in {@code permits}, their roles and slugs in child tables. Every write bumps the 'permits' row of
 * {@code cache_versions} in the same transaction, so a node that sees the new version also sees the change.
 */
public final class JdbiPermitRepository implements PermitRepository {
    /** Keeps IN lists well below any driver's parameter limit. */
    private static final int CHUNK = 500;

    private final PermitDao dao;

    public JdbiPermitRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(PermitDao.class);
    }

    @Override
    public void save(Permit permit) {
        String id = permit.id().value();
        dao.save(PermitRow.from(permit), GranteeRow.of(id, permit.roles()), GranteeRow.of(id, permit.slugs()));
    }

    @Override
    public Optional<Permit> findById(PermitId id) {
        return dao.findById(id.value()).map(row -> withGrantees(List.of(row)).get(0));
    }

    /** Three queries however many permits there are: the hot path's index is rebuilt from this. */
    @Override
    public List<Permit> findAll() {
        return assemble(dao.findAll(), dao.allRoles(), dao.allSlugs());
    }

    @Override
    public List<Permit> list(PermitFilter filter) {
        if (filter.ids().map(List::isEmpty).orElse(false)) {
            return List.of();
        }
        return withGrantees(dao.withHandle(handle -> rowsMatching(handle, filter)));
    }

    /** Built from fixed fragments only; the filter's values are bound. */
    private static List<PermitRow> rowsMatching(Handle handle, PermitFilter filter) {
        List<String> conditions = new ArrayList<>();
        filter.ids().ifPresent(ids -> conditions.add("id IN (<ids>)"));
        filter.permission().ifPresent(permission -> conditions.add("permission = :permission"));
        filter.role().ifPresent(role -> conditions.add("id IN (SELECT permit_id FROM permit_roles WHERE role = :role)"));
        filter.slug().ifPresent(slug -> conditions.add("id IN (SELECT permit_id FROM permit_slugs WHERE slug = :slug)"));
        filter.appId().ifPresent(appId -> conditions.add("app_id = :appId"));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Query query = handle.createQuery("SELECT " + PermitDao.COLUMNS + " FROM permits" + where
                + " ORDER BY permission, id");
        filter.ids().ifPresent(ids -> query.bindList("ids", ids.stream().map(PermitId::value).toList()));
        filter.permission().ifPresent(permission -> query.bind("permission", permission.value()));
        filter.role().ifPresent(role -> query.bind("role", role));
        filter.slug().ifPresent(slug -> query.bind("slug", slug));
        filter.appId().ifPresent(appId -> query.bind("appId", appId.value()));
        return query.mapTo(PermitRow.class).list();
    }

    private List<Permit> withGrantees(List<PermitRow> rows) {
        List<GranteeRow> roles = new ArrayList<>();
        List<GranteeRow> slugs = new ArrayList<>();
        List<String> ids = rows.stream().map(PermitRow::id).toList();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            roles.addAll(dao.rolesOf(chunk));
            slugs.addAll(dao.slugsOf(chunk));
        }
        return assemble(rows, roles, slugs);
    }

    /** Grantee rows arrive ordered by permit and position, so appending keeps each list in its saved order. */
    private static List<Permit> assemble(List<PermitRow> rows, List<GranteeRow> roles, List<GranteeRow> slugs) {
        Map<String, List<String>> rolesById = group(roles);
        Map<String, List<String>> slugsById = group(slugs);
        return rows.stream()
                .map(row -> row.toDomain(rolesById.getOrDefault(row.id(), List.of()),
                        slugsById.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private static Map<String, List<String>> group(List<GranteeRow> grantees) {
        Map<String, List<String>> grouped = new HashMap<>();
        for (GranteeRow grantee : grantees) {
            grouped.computeIfAbsent(grantee.permitId(), id -> new ArrayList<>()).add(grantee.grantee());
        }
        return grouped;
    }

    @Override
    public void delete(PermitId id) {
        dao.delete(id.value());
    }

    @Override
    public long version() {
        return dao.version();
    }

    @Override
    public long count() {
        return dao.count();
    }
}
