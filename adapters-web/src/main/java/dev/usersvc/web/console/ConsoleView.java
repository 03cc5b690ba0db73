package dev.usersvc.web.console;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/** What every console page's shell needs: the navigation when signed in, and a flash message ("" for none). */
public abstract class ConsoleView extends View {
    private final Nav nav;
    private final String flash;

    ConsoleView(String template, Nav nav, String flash) {
        super(template, StandardCharsets.UTF_8);
        this.nav = nav;
        this.flash = flash;
    }

    /** Null when nobody is signed in; templates test it with {@code ??}. */
    public Nav getNav() {
        return nav;
    }

    public String getFlash() {
        return flash;
    }
}
