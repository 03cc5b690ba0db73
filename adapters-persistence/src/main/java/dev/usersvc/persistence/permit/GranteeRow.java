package dev.usersvc.persistence.permit;

import java.util.ArrayList;
import java.util.List;

/** One row of {@code permit_roles} or {@code permit_slugs}: a role or slug at its place in the permit's list. */
public record GranteeRow(String permitId, int position, String grantee) {
    static List<GranteeRow> of(String permitId, List<String> grantees) {
        List<GranteeRow> rows = new ArrayList<>();
        for (int position = 0; position < grantees.size(); position++) {
            rows.add(new GranteeRow(permitId, position, grantees.get(position)));
        }
        return rows;
    }
}
