package dev.usersvc.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.DomainException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ConsoleErrorMapperTest {
    private final ConsoleErrorMapper mapper = new ConsoleErrorMapper();

    @Test
    void anUnexpectedErrorBecomesAnHtmlPageWithAReferenceAndNoDetail() {
        Response response = mapper.toResponse(new IllegalStateException("SELECT secret FROM users"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)).isTrue();
        ErrorPage page = (ErrorPage) response.getEntity();
        assertThat(page.getReference()).matches("[0-9A-Za-z]{12}");
        assertThat(page.getMessage()).doesNotContain("SELECT").doesNotContain("secret");
        assertThat(page.getNav()).isNull();
    }

    @Test
    void aDomainErrorKeepsItsStatusAndClientSafeMessage() {
        Response response = mapper.toResponse(DomainException.forbidden("missing permission user-svc:user:view"));

        assertThat(response.getStatus()).isEqualTo(403);
        ErrorPage page = (ErrorPage) response.getEntity();
        assertThat(page.getTitle()).isEqualTo("Not allowed");
        assertThat(page.getMessage()).isEqualTo("missing permission user-svc:user:view");
        assertThat(page.getReference()).isEmpty();
    }

    @Test
    void httpErrorsKeepTheirStatusAsHtmlPages() {
        Response missing = mapper.toResponse(new NotFoundException());
        Response wrongMethod = mapper.toResponse(new NotAllowedException("GET"));

        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(((ErrorPage) missing.getEntity()).getTitle()).isEqualTo("Not found");
        assertThat(wrongMethod.getStatus()).isEqualTo(405);
        assertThat(wrongMethod.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)).isTrue();
    }
}
