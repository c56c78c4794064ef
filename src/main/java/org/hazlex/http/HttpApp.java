package org.hazlex.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hazlex.assess.Assessor;
import org.hazlex.domain.HazardTags;
import org.hazlex.findings.Result;
import org.hazlex.findings.Verdict;
import org.hazlex.report.JsonReport;
import org.hazlex.report.LawsReport;
import org.hazlex.report.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP adapter: a factory that takes the one {@link Assessor} and returns an unstarted Javalin server with
 * the JSON API ({@code /api/v1/...}, {@code /health}) and the employer's self-assessment page ({@code /}).
 * Handlers only translate HTTP to the façade and back; results are rendered by the same {@link JsonReport} as
 * {@code check --format json}, so the two give the same bytes.
 */
public final class HttpApp {
    /** The largest request body accepted (2 MiB): a worksite of a few thousand jobs. Larger bodies get 413. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** Where the page's static files live on the classpath. */
    static final String WEB = "/web";

    private static final Logger LOG = LoggerFactory.getLogger(HttpApp.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final String ERROR_SENT = "hazlex.error-sent";

    private final Assessor assessor;
    private final Clock clock;
    private final ListSearch lists;
    private final String openApi;

    private HttpApp(Assessor assessor, Clock clock) {
        this.assessor = assessor;
        this.clock = clock;
        this.lists = new ListSearch(assessor);
        this.openApi = resource("/http/openapi.json");
    }

    /** An unstarted server over the assessor; {@code clock} gives the default date of {@code ?on=}. */
    public static Javalin create(Assessor assessor, Clock clock) {
        HttpApp app = new HttpApp(assessor, clock);
        return Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = MAX_BODY_BYTES;
            c.http.prefer405over404 = true;
            c.jsonMapper(new JavalinJackson3(JsonMapper.builder().build(), false));
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = WEB;
                s.location = Location.CLASSPATH;
                // the page loads nothing from elsewhere (it must work offline); say so to the browser
                s.headers = java.util.Map.of("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
                        "X-Content-Type-Options", "nosniff");
            });
            c.routes.get("/health", app::health);
            c.routes.post("/api/v1/check", app::check);
            c.routes.get("/api/v1/laws/{country}", app::laws);
            c.routes.get("/api/v1/lists/{country}", app::lists);
            c.routes.get("/api/v1/messages", app::messages);
            c.routes.get("/api/v1/hazards", app::hazards);
            c.routes.get("/api/v1/openapi.json", ctx -> ctx.contentType(JSON).result(app.openApi));
            c.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e));
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, new ApiError(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                        "internal error; the server log has the details", null));
            });
            c.routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.attribute(ERROR_SENT) == null) {
                    error(ctx, new ApiError(HttpStatus.NOT_FOUND, "not-found", "no such endpoint: " + ctx.method()
                            + " " + ctx.path() + "; see /api/v1/openapi.json", null));
                }
            });
            c.routes.error(HttpStatus.METHOD_NOT_ALLOWED.getCode(), "*", ctx -> error(ctx, new ApiError(
                    HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path(),
                    null)));
        });
    }

    private void health(Context ctx) {
        ObjectNode o = JsonReport.mapper().createObjectNode();
        o.put("status", "ok");
        assessor.laws().countries().stream().sorted().forEach(o.putArray("countries")::add);
        ctx.contentType(JSON).result(o.toString());
    }

    /** POST a job, an array or a worksite; the body is exactly {@code check --format json}'s output. */
    private void check(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !type.startsWith("application/json;")) {
            throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "send the job as Content-Type: application/json, not " + (type.isEmpty() ? "no content type" : type),
                    "Content-Type");
        }
        Messages messages = Messages.of(lang(ctx));
        String source = Optional.ofNullable(ctx.queryParam("source")).filter(s -> !s.isBlank()).orElse("request");
        byte[] body = body(ctx);
        List<Result> results = assessor.check(source, new ByteArrayInputStream(body));
        boolean invalid = results.stream().anyMatch(r -> r.verdict() == Verdict.INVALID);
        ctx.status(invalid ? HttpStatus.BAD_REQUEST : HttpStatus.OK).contentType(JSON)
                .result(new JsonReport(messages).render(results));
    }

    private void laws(Context ctx) {
        LocalDate on = date(ctx);
        Assessor.LawView view = country(ctx, on);
        ctx.contentType(JSON).result(LawsReport.json(view));
    }

    private void lists(Context ctx) {
        LocalDate on = date(ctx);
        Assessor.LawView view = country(ctx, on);
        int limit = 20;
        String l = ctx.queryParam("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > ListSearch.MAX_LIMIT) {
                throw new ApiError(HttpStatus.BAD_REQUEST, "invalid", "limit must be a whole number from 1 to "
                        + ListSearch.MAX_LIMIT + ", not " + l, "limit");
            }
        }
        ctx.contentType(JSON).result(lists.search(view, ctx.queryParam("q"), limit).toString());
    }

    private void messages(Context ctx) {
        String lang = lang(ctx);
        ObjectNode o = JsonReport.mapper().createObjectNode();
        o.put("lang", lang);
        ObjectNode m = o.putObject("messages");
        Messages.of(lang).all().forEach(m::put);
        ctx.contentType(JSON).result(o.toString());
    }

    private void hazards(Context ctx) {
        ObjectNode o = JsonReport.mapper().createObjectNode();
        HazardTags.CORE.stream().sorted().forEach(o.putArray("tags")::add);
        ctx.contentType(JSON).result(o.toString());
    }

    private static String lang(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null || lang.isEmpty()) {
            return "en";
        }
        if (!lang.equals("en") && !lang.equals("ru")) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "invalid", "lang must be en or ru, not " + lang, "lang");
        }
        return lang;
    }

    private LocalDate date(Context ctx) {
        String on = ctx.queryParam("on");
        if (on == null || on.isEmpty()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "invalid", "on must be a date YYYY-MM-DD, not " + on, "on");
        }
    }

    private Assessor.LawView country(Context ctx, LocalDate on) {
        String cc = ctx.pathParam("country").toUpperCase(Locale.ROOT);
        return assessor.law(cc, on).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "country-not-encoded",
                "the law of " + cc + " is not encoded; encoded: " + String.join(", ",
                        assessor.laws().countries().stream().sorted().toList()), "country"));
    }

    /** Reads the body, refusing more than {@link #MAX_BODY_BYTES} whether or not a Content-Length was sent. */
    private static byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes(MAX_BODY_BYTES + 1);
            if (b.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "the request body is larger than " + MAX_BODY_BYTES + " bytes (2 MiB); split the jobs into several requests",
                null);
    }

    private static void error(Context ctx, ApiError e) {
        ObjectNode o = JsonReport.mapper().createObjectNode();
        o.put("status", e.status().getCode());
        o.put("code", e.code());
        o.put("message", e.getMessage());
        ObjectNode p = o.putArray("errors").addObject();
        p.put("code", e.code());
        p.put("path", e.path() == null ? "" : e.path());
        p.put("message", e.getMessage());
        ctx.attribute(ERROR_SENT, Boolean.TRUE);
        ctx.status(e.status()).contentType(JSON).result(o.toString());
    }

    private static String resource(String name) {
        try (InputStream in = HttpApp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
