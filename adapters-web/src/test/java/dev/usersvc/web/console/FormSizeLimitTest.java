package dev.usersvc.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FormSizeLimitTest {
    @Test
    void readsABodyUpToTheCap() throws IOException {
        byte[] body = new byte[FormSizeLimit.MAX_BYTES];

        try (FormSizeLimit.Capped capped = new FormSizeLimit.Capped(new ByteArrayInputStream(body))) {
            assertThat(capped.readAllBytes()).hasSize(FormSizeLimit.MAX_BYTES);
        }
    }

    @Test
    void cutsOffABodyWithoutADeclaredLengthOnceItPassesTheCap() {
        byte[] body = new byte[FormSizeLimit.MAX_BYTES + 1];

        assertThatThrownBy(() -> new FormSizeLimit.Capped(new ByteArrayInputStream(body)).readAllBytes())
                .isInstanceOfSatisfying(WebApplicationException.class,
                        e -> assertThat(e.getResponse().getStatus()).isEqualTo(413));
    }
}
