package io.leadflow.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadflow.platform.ReplayableRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/** In webhook mode the CRM's outcome calls must carry a valid HMAC signature of their body. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "leadflow.crm.adapter", havingValue = "webhook")
class InboundSignatureFilter {

    private static final int MAX_BODY = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> crmSignatureCheck(CrmSettings settings, ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        ReplayableRequest replayable = new ReplayableRequest(request, MAX_BODY);
                        if (replayable.exceedsLimit()
                                || !Signatures.valid(
                                        settings.webhook().secret(),
                                        replayable.body(),
                                        request.getHeader(Signatures.HEADER))) {
                            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                                    HttpStatus.UNAUTHORIZED, "Missing or invalid " + Signatures.HEADER + " header.");
                            problem.setTitle("Invalid signature");
                            response.setStatus(HttpStatus.UNAUTHORIZED.value());
                            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                            json.writeValue(response.getOutputStream(), problem);
                            return;
                        }
                        chain.doFilter(replayable, response);
                    }
                });
        registration.addUrlPatterns("/api/crm/*");
        registration.setOrder(25);
        return registration;
    }
}
