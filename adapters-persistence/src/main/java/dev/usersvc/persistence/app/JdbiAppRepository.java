package dev.usersvc.persistence.app;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.persistence.SqlErrors;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** Apps in the {@code apps} table. */
public final class JdbiAppRepository implements AppRepository {
    private final AppDao dao;

    public JdbiAppRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(AppDao.class);
    }

    @Override
    public void insert(App app) {
        translatingConflicts(() -> {
            dao.insert(AppRow.from(app));
            return 1;
        });
    }

    @Override
    public void update(App app) {
        if (translatingConflicts(() -> dao.update(AppRow.from(app))) == 0) {
            throw DomainException.notFound("app not found");
        }
    }

    /** Ids are random, so a unique violation here is in practice a taken host. */
    private static int translatingConflicts(Supplier<Integer> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("app host is already taken");
            }
            throw e;
        }
    }

    @Override
    public Optional<App> findById(AppId id) {
        return dao.findById(id.value()).map(AppRow::toDomain);
    }

    @Override
    public Optional<App> findByHost(AppHost host) {
        return dao.findByHost(host.value()).map(AppRow::toDomain);
    }

    @Override
    public List<App> list(List<AppId> ids, List<AppHost> hosts) {
        List<String> idValues = ids.stream().map(AppId::value).toList();
        List<String> hostValues = hosts.stream().map(AppHost::value).toList();
        List<AppRow> rows;
        if (ids.isEmpty() && hosts.isEmpty()) {
            rows = dao.listAll();
        } else if (hosts.isEmpty()) {
            rows = dao.listByIds(idValues);
        } else if (ids.isEmpty()) {
            rows = dao.listByHosts(hostValues);
        } else {
            rows = dao.listByIdsAndHosts(idValues, hostValues);
        }
        return rows.stream().map(AppRow::toDomain).toList();
    }

    @Override
    public long count() {
        return dao.count();
    }
}
