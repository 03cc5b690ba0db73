package dev.usersvc.web.console;

/** Creates a permit, or edits one ({@code id} not empty); errors sit next to their fields. */
public final class PermitFormPage extends ConsoleView {
    private final String id;
    private final Form form;

    /** The values as typed and one message per field ("" for none); {@code formError} is for the whole form. */
    public record Form(String permission, String app, String roles, String slugs, String permissionError,
                       String appError, String rolesError, String slugsError, String formError) {
        public static Form empty() {
            return new Form("", "*", "", "", "", "", "", "", "");
        }

        public static Form of(String permission, String app, String roles, String slugs) {
            return new Form(permission, app, roles, slugs, "", "", "", "", "");
        }
    }

    public PermitFormPage(Nav nav, String id, Form form) {
        super("permit-form.ftlh", nav, "");
        this.id = id;
        this.form = form;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return id.isEmpty() ? "New permit" : "Edit permit";
    }

    public String getAction() {
        return id.isEmpty() ? "/admin/permits" : "/admin/permits/" + id;
    }

    public Form getForm() {
        return form;
    }
}
