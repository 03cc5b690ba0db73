package dev.usersvc.application.permit;

import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.role.Role;
import java.util.List;
import java.util.Map;

/** The permissions user-svc checks, and who holds them out of the box (behaviour §6). */
public final class BuiltInPermissions {
    public static final String USER_CREATE = "user-svc:user:create";
    public static final String USER_VIEW = "user-svc:user:view";
    public static final String USER_EDIT = "user-svc:user:edit";
    public static final String USER_DELETE = "user-svc:user:delete";
    public static final String PASSWORD_CHANGE = "user-svc:user:password-change";
    public static final String PASSWORD_RESET = "user-svc:user:password-reset";
    public static final String ORGANIZATION_CREATE = "user-svc:organization:create";
    public static final String ORGANIZATION_ADD_USER = "user-svc:organization:add-user";
    public static final String ORGANIZATION_REMOVE_USER = "user-svc:organization:remove-user";
    public static final String ORGANIZATION_VIEW = "user-svc:organization:view";
    public static final String PERMIT_CREATE = "user-svc:permit:create";
    public static final String PERMIT_VIEW = "user-svc:permit:view";
    public static final String ENROLL_EDIT = "user-svc:enroll:edit";
    public static final String ENROLL_VIEW = "user-svc:enroll:view";
    public static final String TOKEN_REVOKE = "user-svc:token:revoke";
    public static final String APP_MULTI_VIEW = "user-svc:app:multi-view";
    public static final String APP_EDIT = "user-svc:app:edit";
    public static final String AUDIT_VIEW = "user-svc:audit:view";

    public static final Map<Role, List<String>> DEFAULT_GRANTS = Map.of(
            Role.USER, List.of(PASSWORD_CHANGE, ORGANIZATION_CREATE, ORGANIZATION_ADD_USER,
                    ORGANIZATION_REMOVE_USER, ENROLL_EDIT, ENROLL_VIEW),
            Role.ADMIN, List.of(USER_CREATE, USER_VIEW, USER_EDIT, USER_DELETE, ORGANIZATION_CREATE,
                    ORGANIZATION_ADD_USER, ORGANIZATION_REMOVE_USER, ORGANIZATION_VIEW, PERMIT_CREATE, PERMIT_VIEW,
                    ENROLL_EDIT, ENROLL_VIEW, PASSWORD_CHANGE, PASSWORD_RESET, TOKEN_REVOKE, APP_MULTI_VIEW,
                    APP_EDIT, AUDIT_VIEW));

    /** Bootstrap seeds the default grants under fixed ids with this prefix, so nodes seeding at once agree. */
    public static final String PERMIT_ID_PREFIX = "prm_builtin_";

    /** The id bootstrap gives the built-in permit of {@code permission} to {@code role}. */
    public static PermitId permitId(Role role, String permission) {
        return new PermitId(PERMIT_ID_PREFIX + role.value() + "_" + permission);
    }

    public static boolean isBuiltIn(PermitId id) {
        return id.value().startsWith(PERMIT_ID_PREFIX);
    }

    private BuiltInPermissions() {
    }
}
