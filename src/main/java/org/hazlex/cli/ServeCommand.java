package org.hazlex.cli;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hazlex.assess.Assessor;
import org.hazlex.http.HttpApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hazlex serve}: the JSON API and the employer's self-assessment page over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the self-assessment page and the JSON API until Ctrl+C.",
            "API: /api/v1/check, /laws, /lists, /messages, /hazards, /openapi.json; /health.",
            "Request bodies above 2 MiB are refused (413)."},
        footer = {"", "Examples:",
            "  hazlex serve                 then open http://127.0.0.1:8080/",
            "  hazlex serve --port 9000",
            "  hazlex serve --bind 0.0.0.0  other machines too (there is no login)"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("hazlex: --port must be 0 to 65535, not " + port);
            return ExitCodes.INVALID;
        }
        Assessor assessor = Assessor.packaged();
        Javalin app = HttpApp.create(assessor, Clock.systemDefaultZone());
        try {
            app.start(bind, port);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("hazlex: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
            return ExitCodes.INVALID;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "hazlex-stop"));
        Thread prepare = new Thread(assessor::prepare, "hazlex-prepare-rules");
        prepare.setDaemon(true);
        prepare.start();
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        spec.commandLine().getOut().println("hazlex: serving on http://" + host + ":" + app.port() + "/ (Ctrl+C stops)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.COMPLIANT;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
