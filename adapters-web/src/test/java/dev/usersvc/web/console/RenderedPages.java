package dev.usersvc.web.console;

import freemarker.template.Configuration;
import io.dropwizard.views.common.View;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** What the page tests share: the renderer the console uses, a signed-in nav, and a value full of HTML. */
final class RenderedPages {
    static final String EVIL = "<script>alert(1)</script>";
    static final String EVIL_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final Nav NAV = new Nav("root", "csrf-token-1", true);

    private RenderedPages() {
    }

    static String render(View page) throws IOException {
        FreemarkerViewRenderer renderer = new FreemarkerViewRenderer(Configuration.VERSION_2_3_33);
        renderer.configure(Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(page, Locale.ENGLISH, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
