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
        try (PreviewServer server = PreviewServer.start(config, bind, port, reporter(getLog()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
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
        }
    }
}
