package dev.usersvc.rest.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditQuery;
import dev.usersvc.rest.json.Times;
import java.util.List;

/**
 * A page of audit events, newest first. {@code nextAfterTime} and {@code nextAfterId} are sent only when the page
 * is full, so there may be more: their absence means the listing is done.
 */
public record ListAuditEventsResponse(List<AuditEventRecord> events,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) String nextAfterTime,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) String nextAfterId) {
    static ListAuditEventsResponse from(List<AuditEvent> events, AuditQuery query) {
        List<AuditEventRecord> records = events.stream().map(AuditEventRecord::from).toList();
        if (events.isEmpty() || events.size() < query.limit()) {
            return new ListAuditEventsResponse(records, null, null);
        }
        AuditEvent last = events.get(events.size() - 1);
        return new ListAuditEventsResponse(records, Times.format(last.at()), last.id().value());
    }
}
