package dev.usersvc.web.console;

/** Gives a role in an app to a user (by slug or id) or to a contact; errors sit next to their fields. */
public final class EnrollFormPage extends ConsoleView {
    private final Form form;

    /** The values as typed and one message per field ("" for none); {@code formError} is for the whole form. */
    public record Form(String user, String contact, String role, String app, String userError, String contactError,
                       String roleError, String appError, String formError) {
        public static Form empty() {
            return new Form("", "", "", "", "", "", "", "", "");
        }
    }

    public EnrollFormPage(Nav nav, Form form) {
        super("enroll-form.ftlh", nav, "");
        this.form = form;
    }

    public Form getForm() {
        return form;
    }
}
