package io.github.briefwright.maven;

import io.github.briefwright.core.BuildConfig;
import io.github.briefwright.core.BuildException;
import io.github.briefwright.core.serve.PreviewServer;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the briefing site and serves it on a local address, rebuilding when seeds, templates or the glossary
 * change and reloading the open pages; a failed build is shown in the page. Stop it with Ctrl-C.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public final class ServeMojo extends SiteMojo {

    /**
     * Show drafts too: on by default in the preview.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.drafts", defaultValue = "true")
    private boolean drafts;

    /**
     * The port to serve on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.port", defaultValue = "8080")
    private int port;

    /**
     * The address to listen on: the loopback address, unless you mean to show the site to other machines.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.bind", defaultValue = "127.0.0.1")
    private String bind;

    /**
     * Stop after this many seconds; 0 serves until Ctrl-C. For scripts and tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "briefwright.serveFor", defaultValue = "0")
    private int serveFor;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BuildConfig config = config(drafts);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // on Ctrl-C the JVM stops once its shutdown hooks return: the hook waits for the server to close
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(PreviewServer.STOP_WAIT_MILLIS + 5_000, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (PreviewServer server = PreviewServer.start(config, bind, port, reporter(getLog()))) {
            Runtime.getRuntime().addShutdownHook(hook);
            getLog().info("Serving the briefing site at " + server.address() + " (Ctrl-C to stop)");
            if (serveFor > 0) {
                stopped.await(serveFor, java.util.concurrent.TimeUnit.SECONDS);
            } else {
                stopped.await();
            }
            getLog().info("Stopped serving.");
        } catch (BuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot serve on " + bind + ":" + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the JVM is stopping (the hook runs), or the server never started (no hook was added)
            }
        }
    }
}
