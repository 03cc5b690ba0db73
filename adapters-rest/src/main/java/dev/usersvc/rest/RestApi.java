package dev.usersvc.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.usersvc.application.UseCases;
import dev.usersvc.rest.app.AppResource;
import dev.usersvc.rest.audit.AuditResource;
import dev.usersvc.rest.auth.BearerAuth;
import dev.usersvc.rest.enroll.EnrollResource;
import dev.usersvc.rest.error.DomainExceptionMapper;
import dev.usersvc.rest.error.JsonErrorMapper;
import dev.usersvc.rest.error.UnexpectedErrorMapper;
import dev.usersvc.rest.error.WebApplicationExceptionMapper;
import dev.usersvc.rest.http.CorsFilter;
import dev.usersvc.rest.http.RequestBodyFilter;
import dev.usersvc.rest.organization.OrganizationResource;
import dev.usersvc.rest.otp.OtpResource;
import dev.usersvc.rest.permit.PermitResource;
import dev.usersvc.rest.token.JwksResource;
import dev.usersvc.rest.token.JwtTokens;
import dev.usersvc.rest.token.TokenResource;
import dev.usersvc.rest.user.UserResource;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;

/** Adds the /user-svc JSON API to a Dropwizard environment. */
public final class RestApi {
    private RestApi() {
    }

    /** The server must also turn off Dropwizard's default exception mappers: these replace them. */
    public static void register(Environment environment, UseCases useCases, JwtTokens jwtTokens, long maxBodyBytes) {
        // decision 2: unknown JSON keys are ignored, as Go's decoder does
        environment.getObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        JerseyEnvironment jersey = environment.jersey();
        jersey.register(new RequestBodyFilter(maxBodyBytes));
        jersey.register(new CorsFilter());
        jersey.register(new DomainExceptionMapper());
        jersey.register(new JsonErrorMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnexpectedErrorMapper());
        BearerAuth.register(environment, useCases.authenticate());
        jersey.register(new UserResource(useCases));
        jersey.register(new TokenResource(useCases, jwtTokens));
        jersey.register(new JwksResource(jwtTokens));
        jersey.register(new AppResource(useCases));
        jersey.register(new PermitResource(useCases));
        jersey.register(new OtpResource(useCases));
        jersey.register(new EnrollResource(useCases));
        jersey.register(new OrganizationResource(useCases));
        jersey.register(new AuditResource(useCases));
    }
}
