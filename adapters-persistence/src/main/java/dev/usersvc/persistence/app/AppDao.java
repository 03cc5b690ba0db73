package dev.usersvc.persistence.app;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AppRow.class)
public interface AppDao {
    @SqlUpdate("INSERT INTO apps (id, host) VALUES (:id, :host)")
    void insert(@BindMethods AppRow row);

    @SqlUpdate("UPDATE apps SET host = :host WHERE id = :id")
    int update(@BindMethods AppRow row);

    @SqlQuery("SELECT id, host FROM apps WHERE id = :id")
    Optional<AppRow> findById(String id);

    @SqlQuery("SELECT id, host FROM apps WHERE host = :host")
    Optional<AppRow> findByHost(String host);

    @SqlQuery("SELECT id, host FROM apps ORDER BY host")
    List<AppRow> listAll();

    @SqlQuery("SELECT id, host FROM apps WHERE id IN (<ids>) ORDER BY host")
    List<AppRow> listByIds(@BindList("ids") List<String> ids);

    @SqlQuery("SELECT id, host FROM apps WHERE host IN (<hosts>) ORDER BY host")
    List<AppRow> listByHosts(@BindList("hosts") List<String> hosts);

    @SqlQuery("SELECT id, host FROM apps WHERE id IN (<ids>) AND host IN (<hosts>) ORDER BY host")
    List<AppRow> listByIdsAndHosts(@BindList("ids") List<String> ids, @BindList("hosts") List<String> hosts);

    @SqlQuery("SELECT COUNT(*) FROM apps")
    long count();
}
